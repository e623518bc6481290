import { getTranslations } from "next-intl/server";

/** Download links of an evaluation's exports (optionally of one validated snapshot). */
export async function ExportLinks({
  evaluationId,
  snapshotId,
  compact = false,
}: {
  evaluationId: string;
  snapshotId?: string;
  compact?: boolean;
}) {
  const t = await getTranslations("evaluations.exports");
  const query = snapshotId ? `?snapshot=${snapshotId}` : "";
  const formats = [
    { ext: "csv", label: t("csv") },
    { ext: "xlsx", label: t("xlsx") },
    { ext: "pdf", label: t("pdf") },
  ];
  const links = (
    <ul className="flex flex-wrap gap-4">
      {formats.map((f) => (
        <li key={f.ext}>
          <a href={`/evaluations/${evaluationId}/export.${f.ext}${query}`} download>
            {f.label}
          </a>
        </li>
      ))}
    </ul>
  );
  if (compact) return links;
  return (
    <section aria-labelledby="exports-title" className="my-4">
      <h2 id="exports-title" className="text-lg font-bold">
        {t("title")}
      </h2>
      <div className="mt-1">{links}</div>
    </section>
  );
}
