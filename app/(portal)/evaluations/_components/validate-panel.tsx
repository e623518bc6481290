"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { ActionResult, FormAction } from "@/lib/actions/action";
import { itemIndex, type MissingItem } from "@/lib/evaluations/model";
import type { Locale } from "@/lib/i18n/locales";
import type { Questionnaire } from "@/lib/questionnaires/schema";

type Props = {
  evaluationId: string;
  questionnaire: Questionnaire;
  locale: Locale;
  missing: MissingItem[];
  /** The section on screen: a missing item elsewhere is a link that opens its section. */
  openSection: string;
  hrefOf: (itemId: string) => string;
  onNavigate: (event: React.MouseEvent<HTMLAnchorElement>, href: string) => void;
  flush: () => Promise<void>;
  knownRevision: () => number;
  validate: FormAction<undefined>;
};

/**
 * Shown only to users who may validate. Pending saves go first, then the validation names
 * the revision the user has seen; a refusal lists every missing item with a link to it.
 */
export function ValidatePanel(props: Props) {
  const { evaluationId, questionnaire, locale, missing, openSection, hrefOf, onNavigate, flush, knownRevision, validate } = props;
  const t = useTranslations("evaluations.validate");
  const [state, dispatch, pending] = useActionState(async (prev: ActionResult<undefined> | null, form: FormData) => {
    await flush();
    form.set("revision", String(knownRevision()));
    return validate(prev, form);
  }, null);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state && !state.ok) summary.current?.focus();
  }, [state]);

  const index = itemIndex(questionnaire);
  const label = (id: string) => {
    const item = index.get(id)?.item;
    if (!item) return id;
    return item.kind === "qualifier" ? item.question[locale] : `${id} — ${item.title[locale]}`;
  };
  const failed = state && !state.ok ? state : null;
  // Following a link to a missing item moves the keyboard focus there, not only the view; an
  // item of another section opens that section first (the answering form focuses the item).
  const goTo = (event: React.MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(`item-${id}`);
    if (!target || index.get(id)?.sectionId !== openSection) return onNavigate(event, hrefOf(id));
    event.preventDefault();
    window.history.replaceState(null, "", `#item-${id}`);
    target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
  };
  const items = failed ? Object.entries(failed.fieldErrors).filter(([id]) => index.has(id)) : [];

  return (
    <section aria-labelledby="validate-title" className="mt-12 border-t-2 border-primary pt-6">
      <h2 id="validate-title" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <p className="mt-2">{missing.length > 0 ? t("remaining", { count: missing.length }) : t("ready")}</p>
      <p className="mt-1 text-ink-soft">{t("explain")}</p>
      {failed && (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          aria-labelledby="validate-error-title"
          className="my-4 border-2 border-error bg-error-light p-4"
          data-testid="missing-items"
        >
          <h3 id="validate-error-title" className="text-lg font-bold">
            {failed.message}
          </h3>
          {items.length > 0 && (
            <ul className="mt-2 ml-6 list-disc">
              {items.map(([id, messages]) => (
                <li key={id}>
                  <a
                    href={index.get(id)?.sectionId === openSection ? `#item-${id}` : hrefOf(id)}
                    className="text-error"
                    onClick={(event) => goTo(event, id)}
                  >
                    {label(id)} — {messages.join(" ")}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <form action={dispatch} className="mt-4">
        <input type="hidden" name="evaluationId" value={evaluationId} />
        <Button disabled={pending}>{pending ? t("validating") : t("submit")}</Button>
      </form>
    </section>
  );
}
