import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { isProductionApp } from "@/lib/env";

export async function SiteFooter() {
  const [t, tNav] = await Promise.all([getTranslations("footer"), getTranslations("nav")]);
  return (
    <footer className="border-t-2 border-primary mt-16">
      <div className="mx-auto max-w-page px-4 py-8 grid gap-6 md:grid-cols-2">
        <div>
          <p className="font-bold text-primary">Convergence</p>
          <p className="text-sm text-ink-soft mt-1">{t("tagline")}</p>
          <p className="text-sm text-ink-soft mt-2">{t("accessibility")}</p>
          {!isProductionApp() && <p className="text-sm text-warning mt-2">{t("devNotice")}</p>}
        </div>
        <nav aria-label={t("links")}>
          <h2 className="font-bold">{t("links")}</h2>
          <ul className="mt-2 space-y-1 text-sm">
            <li><Link href="/faq">{tNav("faq")}</Link></li>
            <li><Link href="/documentation">{tNav("documentation")}</Link></li>
            <li><Link href="/contact">{tNav("contact")}</Link></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
