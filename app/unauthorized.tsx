import { translatorFor } from "@/lib/i18n/messages";

/**
 * Never reached in practice: nothing calls unauthorized() (a visitor without a session is
 * sent to sign in). It replaces Next's default, whose inline styles every
 * prerendered page would carry (Next puts this component into each page's payload).
 */
export default function UnauthorizedFallback() {
  return (
    <html lang="fr">
      <body>
        <main className="mx-auto max-w-page px-4 py-8">
          <h1 className="text-3xl font-bold">{translatorFor("fr")("errors.forbidden")}</h1>
        </main>
      </body>
    </html>
  );
}
