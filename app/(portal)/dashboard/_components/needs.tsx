import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { withParams } from "@/lib/tables/query";

export type NeedList = { key: string; title: string; items: { key: string; text: string; href: string }[] };

/** How many items a list shows before "see all". */
export const NEEDS_SHOWN = 5;

/**
 * "What needs me": short lists, each item a link to where it is handled. A long list shows
 * its first items and a link that opens it whole (a URL, so it works without JavaScript).
 */
export async function Needs({ lists, open, params }: { lists: NeedList[]; open: string; params: Record<string, string> }) {
  const t = await getTranslations("dashboard.needs");
  const shown = lists.filter((l) => l.items.length > 0);
  return (
    <section aria-labelledby="needs-title" className="mt-8" data-testid="needs">
      <h2 id="needs-title" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      {shown.length === 0 ? (
        <p className="mt-2 text-ink-soft">{t("none")}</p>
      ) : (
        <div className="mt-2 grid gap-6 md:grid-cols-2">
          {shown.map((list) => {
            const all = open === list.key;
            const items = all ? list.items : list.items.slice(0, NEEDS_SHOWN);
            return (
              <section key={list.key} id={`needs-${list.key}`} aria-labelledby={`needs-${list.key}-title`} className="min-w-0">
                <h3 id={`needs-${list.key}-title`} className="text-lg font-bold">
                  {list.title}
                </h3>
                <ul className="mt-1 list-disc space-y-1 pl-6" data-testid={`needs-${list.key}`}>
                  {items.map((item) => (
                    <li key={item.key} className="break-words">
                      <Link href={item.href}>{item.text}</Link>
                    </li>
                  ))}
                </ul>
                {list.items.length > NEEDS_SHOWN && (
                  <p className="mt-1">
                    <Link href={`${withParams("/dashboard", params, { show: all ? null : list.key })}#needs-${list.key}`}>
                      {all ? t("seeFewer", { count: NEEDS_SHOWN }) : t("seeAll", { count: list.items.length })}
                    </Link>
                  </p>
                )}
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
