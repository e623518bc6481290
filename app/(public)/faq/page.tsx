import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("faq"))("title") };
}

const TOPICS = {
  gettingStarted: ["register", "profiles"],
  products: ["splitting", "naming", "catalogue", "baseVsOption", "duplicate"],
  account: ["username", "uniqueness", "lockout"],
} as const;

export default async function FaqPage() {
  const t = await getTranslations("faq");
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-lg text-ink-soft">{t("intro")}</p>
      {Object.entries(TOPICS).map(([topic, items]) => (
        <section key={topic} aria-labelledby={`topic-${topic}`} className="mt-10">
          <h2 id={`topic-${topic}`} className="text-2xl font-bold">
            {t(`topics.${topic}` as never)}
          </h2>
          {items.map((item) => (
            // Native disclosure widgets: keyboard and screen-reader support for free.
            <details key={item} className="group border-b border-line py-3">
              <summary className="cursor-pointer py-1 font-medium text-primary">{t(`items.${item}.q` as never)}</summary>
              <p className="mt-2">{t(`items.${item}.a` as never)}</p>
            </details>
          ))}
        </section>
      ))}
    </div>
  );
}
