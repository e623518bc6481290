import type { NextRequest } from "next/server";
import { observatoryDownload } from "@/lib/observatory/download";

export function GET(request: NextRequest) {
  return observatoryDownload(request, "xlsx");
}
