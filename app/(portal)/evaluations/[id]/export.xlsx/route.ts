import type { NextRequest } from "next/server";
import { evaluationXlsx } from "@/lib/evaluations/export/xlsx";
import { exportResponse } from "../export-response";

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return exportResponse(request, (await params).id, "xlsx", evaluationXlsx);
}
