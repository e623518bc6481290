import { env } from "@/lib/env";
import { getPublicCounts } from "@/lib/stats/public-counts";

// The landing page is prerendered; its figures come from here (landing-counts.tsx). Public by
// design, counted at most every PUBLIC_COUNTS_CACHE_SECONDS per instance (lib/stats/memo.ts).
export const dynamic = "force-dynamic";

export async function GET() {
  const counts = await getPublicCounts();
  const seconds = env().PUBLIC_COUNTS_CACHE_SECONDS;
  return Response.json(counts, {
    headers: { "Cache-Control": seconds > 0 ? `public, max-age=${seconds}` : "no-store" },
  });
}
