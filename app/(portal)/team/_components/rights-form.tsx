"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { MatrixContributor } from "@/lib/team/grants";
import { LEVEL_CHOICES } from "@/lib/team/schema";
import { saveRightsAction } from "../actions";

type Product = { id: string; label: string };

const SELECT = "border-0 border-b-2 border-ink-soft bg-surface-raised px-2 py-1 text-ink";

/**
 * The rights matrix: one row per contributor, one column per capability, the strategy
 * questionnaire and each active product. Every control is named by its row and column
 * ("Dossier Patient … — Lucas Bernard"), so a screen reader user hears which cell it is.
 */
export function RightsForm({ contributors, products }: { contributors: MatrixContributor[]; products: Product[] }) {
  const t = useTranslations("team.rights");
  const tStatus = useTranslations("team.status");
  const [state, action, pending] = useActionState(saveRightsAction, null);
  const values = state && !state.ok ? state.values : null;
  // After a failed save, what was chosen is shown again rather than the stored rights.
  const chosen = (name: string, stored: string) => (values ? String(values[name] ?? "none") : stored);
  const checked = (name: string, stored: boolean) => (values ? values[name] === "on" : stored);
  const levelOptions = LEVEL_CHOICES.map((l) => (
    <option key={l} value={l}>
      {t(`levels.${l}`)}
    </option>
  ));

  return (
    <form action={action} key={JSON.stringify(values)} className="mt-6">
      {state && !state.ok && <ErrorSummary message={state.message} fieldErrors={{}} labels={{}} />}
      {contributors.map((c) => (
        <input key={c.id} type="hidden" name="members" value={c.id} />
      ))}
      {products.map((p) => (
        <input key={p.id} type="hidden" name="products" value={p.id} />
      ))}
      <div className="overflow-x-auto">
        <table className="text-left border-collapse">
          <caption className="text-left font-bold text-lg mb-2">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink align-bottom">
              <th scope="col" className="py-2 pr-4">
                {t("contributor")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("createUsers")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("createProducts")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("strategy")}
              </th>
              {products.map((p) => (
                <th key={p.id} scope="col" className="py-2 pr-4 min-w-40">
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {contributors.map((c) => {
              const name = `${c.firstName} ${c.lastName}`;
              const cell = (column: string) => t("cellLabel", { column, member: name });
              return (
                <tr key={c.id} id={`member-${c.id}`} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <span className="block font-medium">{name}</span>
                    <span className="block text-sm text-ink-mute">
                      {c.username} · {tStatus(c.status)}
                    </span>
                  </th>
                  <td className="py-2 pr-4">
                    <input type="checkbox" name={`cap:${c.id}:create_users`} aria-label={cell(t("createUsers"))} defaultChecked={checked(`cap:${c.id}:create_users`, c.createUsers)} className="size-5" />
                  </td>
                  <td className="py-2 pr-4">
                    <input type="checkbox" name={`cap:${c.id}:create_products`} aria-label={cell(t("createProducts"))} defaultChecked={checked(`cap:${c.id}:create_products`, c.createProducts)} className="size-5" />
                  </td>
                  <td className="py-2 pr-4">
                    <select name={`strategy:${c.id}`} aria-label={cell(t("strategy"))} defaultValue={chosen(`strategy:${c.id}`, c.strategy ?? "none")} className={SELECT}>
                      {levelOptions}
                    </select>
                  </td>
                  {products.map((p) => (
                    <td key={p.id} className="py-2 pr-4">
                      <select name={`product:${c.id}:${p.id}`} aria-label={cell(p.label)} defaultValue={chosen(`product:${c.id}:${p.id}`, c.products[p.id] ?? "none")} className={SELECT}>
                        {levelOptions}
                      </select>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Button disabled={pending} className="mt-6">
        {t("submit")}
      </Button>
    </form>
  );
}
