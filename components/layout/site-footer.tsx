import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { isProductionApp, isProductionBuild } from "@/lib/env";

/** `prerendered`: built once at build time, where only the build's APP_ENV is known. */
export async function SiteFooter({ prerendered = false }: { prerendered?: boolean }) {
  const [t, tNav] = await Promise.all([getTranslations("footer"), getTranslations("nav")]);
  return (
    <footer className="mt-16 border-t-2 border-primary">
      <div className="mx-auto grid max-w-page gap-6 px-4 py-8 md:grid-cols-2">
        <div>
          <p className="font-bold text-primary">Convergence</p>
          <p className="mt-1 text-sm text-ink-soft">{t("tagline")}</p>
          <p className="mt-2 text-sm text-ink-soft">{t("accessibility")}</p>
          {!(prerendered ? isProductionBuild() : isProductionApp()) && <p className="mt-2 text-sm text-warning">{t("devNotice")}</p>}
        </div>
        <nav aria-label={t("links")}>
          <h2 className="font-bold">{t("links")}</h2>
          <ul className="mt-2 space-y-1 text-sm">
            <li>
              <Link href="/faq">{tNav("faq")}</Link>
            </li>
            <li>
              <Link href="/documentation">{tNav("documentation")}</Link>
            </li>
            <li>
              <Link href="/contact">{tNav("contact")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
