import { formatCell } from "@/lib/observatory/format-cell";
import type { ObservatoryTable } from "@/lib/observatory/present";
import type { Locale } from "@/lib/i18n/locales";

/** One of the observatory's tables, scrolling inside its own region on a narrow screen. */
export function FiguresTable({ table, locale, insufficient }: { table: ObservatoryTable; locale: Locale; insufficient: string }) {
  const captionId = `table-${table.id}-caption`;
  return (
    // Focusable, so that a keyboard user can scroll it too.
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="mt-2 overflow-x-auto focus-visible:outline-2">
      <table className="w-full border-collapse text-left" data-testid={`table-${table.id}`}>
        <caption id={captionId} className="mb-2 text-left text-lg font-bold">
          {table.title}
        </caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.label} scope="col" className={`border-b-2 border-line-strong p-2 ${c.kind === "text" ? "" : "text-right"}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} className="border-b border-line">
              {row.map((cell, i) => {
                const kind = table.columns[i].kind;
                const text = formatCell(cell, kind, locale, insufficient);
                return i === 0 ? (
                  <th key={i} scope="row" className="p-2 font-normal">
                    {text}
                  </th>
                ) : (
                  <td
                    key={i}
                    className={`p-2 ${kind === "text" ? "" : "text-right whitespace-nowrap"} ${cell === null ? "text-ink-soft italic" : ""}`}
                  >
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
