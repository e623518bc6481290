import { useTranslations } from "next-intl";
import { ChoiceGroup, ChoiceOption } from "@/components/ui/choice";

export type BaseChoice = { id: string; label: string; archived: boolean };

/** The checkboxes that link an option product to its base products. */
export function BaseChoices({ choices, selected, errors }: { choices: BaseChoice[]; selected: string[]; errors?: string[] }) {
  const t = useTranslations("products");
  return (
    <ChoiceGroup name="baseIds" legend={t("fields.baseIds")} hint={t("fields.baseIdsHint")} errors={errors} required>
      {choices.map((c, i) => (
        <ChoiceOption
          key={c.id}
          type="checkbox"
          name="baseIds"
          value={c.id}
          first={i === 0}
          label={c.archived ? `${c.label} (${t("archivedTag")})` : c.label}
          defaultChecked={selected.includes(c.id)}
          invalid={!!errors?.length}
        />
      ))}
    </ChoiceGroup>
  );
}
