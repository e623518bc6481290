import { csvFile } from "@/lib/exports/csv";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import { actorOf, describeEvent } from "./describe";
import type { TrailEvent } from "./trail";

/**
 * The audit trail as CSV: the sentence a reader sees, and the raw facts beside it (action
 * code, object, IP). Every text cell goes through csvFile, which neutralises formulas: a
 * username or a product name starting with "=" stays text in a spreadsheet.
 */
export function auditCsv(events: TrailEvent[], locale: Locale): string {
  const t = translatorFor(locale);
  const c = (key: string) => t(`audit.columns.${key}` as never);
  const header = [c("at"), c("event"), c("actor"), c("company"), "SIREN", c("action"), c("entity"), c("ip")];
  return csvFile([
    header,
    ...events.map((e) => [
      formatDateTime(e.at, locale, "short"),
      describeEvent(e, t),
      e.actorUsername ?? actorOf(e, t),
      e.companyName,
      e.companySiren,
      e.action,
      e.entityId ? `${e.entityType}:${e.entityId}` : e.entityType,
      e.ip,
    ]),
  ]);
}
