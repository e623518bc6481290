import type { createTranslator } from "next-intl";
import { AUDIT_ACTIONS, splitAction } from "./actions";
import type { TrailEvent } from "./trail";

type Translator = ReturnType<typeof createTranslator>;

const KNOWN = new Set<string>(AUDIT_ACTIONS);

/** Who did it, as a reader names them: the person's name, else what the log recorded. */
export function actorOf(event: TrailEvent, t: Translator): string {
  if (event.actorName) return event.actorName;
  if (event.actorLabel.startsWith("system:")) return t("audit.actors.system");
  if (event.actorLabel.startsWith("anonymous")) return t("audit.actors.anonymous");
  return event.actorLabel;
}

const text = (value: unknown): string => (typeof value === "string" || typeof value === "number" ? String(value) : "");

/**
 * One event in words ("Camille Martin a transféré le rôle de Responsable à Lucas Bernard"),
 * from the message audit.events.<area>.<action>. Every message receives the same arguments,
 * so a sentence may use any of them; an action without a sentence is shown by its code.
 */
export function describeEvent(event: TrailEvent, t: Translator): string {
  const values = {
    actor: actorOf(event, t),
    target: event.targetName ?? (text(event.data.toUsername) || text(event.data.username) || t("audit.unknownAccount")),
    company: event.companyName ?? "",
    reference: text(event.data.reference),
    product: event.productName ?? (event.entityType === "evaluation" ? t("audit.strategy") : ""),
    version: text(event.data.version) || text(event.data.to),
  };
  if (!KNOWN.has(event.action)) return t("audit.unknownEvent", { action: event.action, actor: values.actor });
  const [area, action] = splitAction(event.action);
  // The key is built from a checked action; next-intl's typed keys cannot follow that.
  return t(`audit.events.${area}.${action}` as never, values as never);
}
