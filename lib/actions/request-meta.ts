import { headers } from "next/headers";
import type { RequestMeta } from "@/lib/audit/record";
import { CLIENT_IP_HEADER } from "@/lib/security/client-ip";

/** Where a request comes from, as the server established it (never a client's header). */
export async function requestMeta(): Promise<RequestMeta> {
  const h = await headers();
  return { ip: h.get(CLIENT_IP_HEADER), userAgent: h.get("user-agent") };
}
