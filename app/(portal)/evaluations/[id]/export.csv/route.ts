import type { NextRequest } from "next/server";
import { evaluationCsv } from "@/lib/evaluations/export/csv";
import { exportResponse } from "../export-response";

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return exportResponse(request, (await params).id, "csv", evaluationCsv);
}
