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
 * One contributor's rights: capabilities, strategy, and a level on each product the search
 * shows. The hidden "products" list names only those, so that products left out of the
 * search keep their rights (rightsMatrixSchema). Each product control is named by product
 * and contributor ("Dossier Patient … — Lucas Bernard").
 */
export function RightsForm({
  contributor: c,
  products,
  caption,
}: {
  contributor: MatrixContributor;
  products: Product[];
  caption: string;
}) {
  const t = useTranslations("team.rights");
  const [state, action, pending] = useActionState(saveRightsAction, null);
  const values = state && !state.ok ? state.values : null;
  // After a failed save, what was chosen is shown again rather than the stored rights.
  const chosen = (name: string, stored: string) => (values ? String(values[name] ?? "none") : stored);
  const checked = (name: string, stored: boolean) => (values ? values[name] === "on" : stored);
  const name = `${c.firstName} ${c.lastName}`;
  const levelOptions = LEVEL_CHOICES.map((l) => (
    <option key={l} value={l}>
      {t(`levels.${l}`)}
    </option>
  ));

  return (
    <form action={action} key={JSON.stringify(values)} className="mt-6">
      {state && !state.ok && <ErrorSummary message={state.message} fieldErrors={{}} labels={{}} />}
      <input type="hidden" name="members" value={c.id} />
      {products.map((p) => (
        <input key={p.id} type="hidden" name="products" value={p.id} />
      ))}
      <fieldset className="max-w-2xl">
        <legend className="text-xl font-bold">{t("capabilities")}</legend>
        <div className="mt-3 flex items-center gap-2">
          <input
            id="cap-create-users"
            type="checkbox"
            name={`cap:${c.id}:create_users`}
            defaultChecked={checked(`cap:${c.id}:create_users`, c.createUsers)}
            className="size-5"
          />
          <label htmlFor="cap-create-users">{t("createUsers")}</label>
        </div>
        <div className="mt-3 flex items-center gap-2">
          <input
            id="cap-create-products"
            type="checkbox"
            name={`cap:${c.id}:create_products`}
            defaultChecked={checked(`cap:${c.id}:create_products`, c.createProducts)}
            className="size-5"
          />
          <label htmlFor="cap-create-products">{t("createProducts")}</label>
        </div>
        <div className="mt-4">
          <label htmlFor="strategy-level" className="block font-medium">
            {t("strategy")}
          </label>
          <select
            id="strategy-level"
            name={`strategy:${c.id}`}
            defaultValue={chosen(`strategy:${c.id}`, c.strategy ?? "none")}
            className={`${SELECT} mt-2`}
          >
            {levelOptions}
          </select>
        </div>
      </fieldset>

      {products.length > 0 && (
        <table className="mt-8 w-full max-w-3xl border-collapse text-left">
          <caption className="mb-2 text-left text-lg font-bold">{caption}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("product")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("level")}
              </th>
            </tr>
          </thead>
          <tbody>
            {products.map((p) => (
              <tr key={p.id} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {p.label}
                </th>
                <td className="py-2 pr-4">
                  <select
                    name={`product:${c.id}:${p.id}`}
                    aria-label={t("cellLabel", { column: p.label, member: name })}
                    defaultValue={chosen(`product:${c.id}:${p.id}`, c.products[p.id] ?? "none")}
                    className={SELECT}
                  >
                    {levelOptions}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Button disabled={pending} className="mt-6">
        {t("submit")}
      </Button>
    </form>
  );
}
