import type { Answers, QualifierAnswer } from "../scoring/answers";
import type { Item, Qualifier, Questionnaire } from "./schema";

// Moving an evaluation to a newer version of its questionnaire: ids are stable across
// versions, so an answer follows its id. Pure, so the UI can preview what an upgrade keeps.

export type DropReason =
  /** The id no longer exists in the new version. */
  | "removed"
  /** A qualifier answer names an option the new version no longer offers, or no longer fits its type. */
  | "invalid-value"
  /** The id now names an item of the other kind (qualifier ↔ requirement). */
  | "kind-changed";

export type UpgradePlan = {
  from: string;
  to: string;
  /** Answered ids (qualifiers and requirements) whose answer is kept. */
  carried: string[];
  dropped: { id: string; reason: DropReason }[];
  /** Items of the new version that the old one did not have: to be answered. */
  added: string[];
  /** Items in both versions whose wording changed: answers are kept but worth a second look. */
  reworded: string[];
};

export function planUpgrade(from: Questionnaire, to: Questionnaire, answers: Answers): UpgradePlan {
  if (from.theme !== to.theme) throw new Error(`Cannot upgrade ${from.theme} answers to a ${to.theme} questionnaire`);
  const before = itemsById(from);
  const after = itemsById(to);
  const carried: string[] = [];
  const dropped: UpgradePlan["dropped"] = [];

  const consider = (id: string, kind: Item["kind"], value?: QualifierAnswer) => {
    const target = after.get(id);
    if (!target || !before.has(id)) dropped.push({ id, reason: "removed" });
    else if (target.kind !== kind) dropped.push({ id, reason: "kind-changed" });
    else if (target.kind === "qualifier" && !fits(target, value)) dropped.push({ id, reason: "invalid-value" });
    else carried.push(id);
  };
  for (const [id, value] of Object.entries(answers.qualifiers)) consider(id, "qualifier", value);
  for (const id of Object.keys(answers.requirements)) consider(id, "requirement");

  return {
    from: from.version,
    to: to.version,
    carried: carried.sort(),
    dropped: dropped.sort((a, b) => (a.id < b.id ? -1 : 1)),
    added: [...after.keys()].filter((id) => !before.has(id)),
    reworded: [...after.values()]
      .filter((item) => {
        const old = before.get(item.id);
        return old !== undefined && old.kind === item.kind && wording(old) !== wording(item);
      })
      .map((item) => item.id),
  };
}

/** The answers an evaluation holds after the upgrade: exactly the carried ones. */
export function applyUpgrade(from: Questionnaire, to: Questionnaire, answers: Answers): Answers {
  const keep = new Set(planUpgrade(from, to, answers).carried);
  const pick = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => keep.has(id)));
  return { qualifiers: pick(answers.qualifiers), requirements: pick(answers.requirements) };
}

function itemsById(q: Questionnaire): Map<string, Item> {
  return new Map(q.sections.flatMap((s) => s.items.map((i) => [i.id, i] as const)));
}

// A multiple-choice answer is dropped whole when one of its values disappeared: keeping the
// rest would silently change what applies, so the question is asked again instead.
function fits(qualifier: Qualifier, value: QualifierAnswer | undefined): boolean {
  if (qualifier.type === "boolean") return typeof value === "boolean";
  const offered = new Set(qualifier.options.map((o) => o.value));
  if (qualifier.type === "single") return typeof value === "string" && offered.has(value);
  return Array.isArray(value) && value.every((v) => offered.has(v));
}

function wording(item: Item): string {
  const texts = item.kind === "qualifier" ? [item.question] : [item.title, item.description];
  return texts.map((t) => `${t.fr}\u0000${t.en}`).join("\u0000");
}
