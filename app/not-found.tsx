import Link from "next/link";
import { translatorFor } from "@/lib/i18n/messages";

const fr = translatorFor("fr");
const en = translatorFor("en");

/**
 * An address that matches no page. Next puts this component into every page's payload, so it
 * reads nothing from the request (no cookie, no session: else no page could be
 * prerendered) and stays small: a document of its own, in French with an English line.
 * Pages that call notFound() get their area's not-found page instead, inside the header and
 * in the visitor's language (app/<area>/not-found.tsx).
 */
export default function UnknownAddress() {
  return (
    <html lang="fr">
      <body>
        <title>{`${fr("common.notFoundTitle")} — Convergence`}</title>
        <main className="mx-auto max-w-page px-4 py-8">
          <h1 className="text-3xl font-bold">{fr("common.notFoundTitle")}</h1>
          <p className="mt-4">{fr("common.notFoundBody")}</p>
          <p className="mt-4" lang="en">
            {en("common.notFoundBody")}
          </p>
          <p className="mt-4">
            <Link href="/">{fr("common.backHome")}</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
