import type { NextRequest } from "next/server";
import { planExportResponse } from "../../../products/[id]/plan/export-response";

export async function GET(request: NextRequest) {
  return planExportResponse(request, null, "xlsx");
}
