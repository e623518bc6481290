import type { NextRequest } from "next/server";
import { planExportResponse } from "../export-response";

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return planExportResponse(request, (await params).id, "xlsx");
}
