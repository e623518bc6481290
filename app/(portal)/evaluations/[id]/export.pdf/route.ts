import type { NextRequest } from "next/server";
import { evaluationPdf } from "@/lib/evaluations/export/pdf";
import { exportResponse } from "../export-response";

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return exportResponse(request, (await params).id, "pdf", evaluationPdf);
}
