import { getLocale, getTranslations } from "next-intl/server";
import { CLIENT_IP_HEADER } from "@/lib/security/client-ip";
import { limitRoute, RATE_RULES } from "@/lib/security/rate-limit";
import { authorisationPrefillSchema, renderAuthorisationForm } from "@/lib/documents/authorisation-form";
import { parseLocale } from "@/lib/i18n/locales";

// Rendered per request: the form is pre-filled from the query string (what the requester
// typed on the request page), blank without one.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  // Rendering a PDF is costly: a client may not use it to slow everyone else down.
  const t = await getTranslations("errors");
  const limited = await limitRoute(RATE_RULES.authorisationFormClient, request.headers.get(CLIENT_IP_HEADER), (minutes) =>
    t("rateLimited", { minutes }),
  );
  if (limited) return limited;
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const locale = parseLocale(await getLocale());
  const pdf = await renderAuthorisationForm(authorisationPrefillSchema.parse(params), locale);
  const name = locale === "fr" ? "formulaire-autorisation-convergence.pdf" : "convergence-authorisation-form.pdf";
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${name}"`,
      // Pre-filled copies carry personal details: never kept by a shared cache.
      "Cache-Control": "private, no-store",
    },
  });
}
