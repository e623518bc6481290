import { Text, View, StyleSheet } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { PDF_FONT } from "./fonts";

// Shared pieces of the PDF reports (evaluation, plan): the same frame, headings and tables,
// so that every report has column headers on every page and the title never overlaps.
// PDF colours cannot come from the Tailwind tokens: the same values, written out.
export const PDF_COLOURS = { ink: "#161616", blueFrance: "#000091", grey: "#666666", line: "#dddddd", head: "#eeeeee" };

export const pdfStyles = StyleSheet.create({
  page: { padding: 40, paddingBottom: 56, fontSize: 9.5, fontFamily: PDF_FONT, color: PDF_COLOURS.ink, lineHeight: 1.35 },
  brand: { fontSize: 11, fontWeight: "bold", color: PDF_COLOURS.blueFrance },
  title: { fontSize: 16, fontWeight: "bold", marginTop: 10, lineHeight: 1.25 },
  subtitle: { fontSize: 11, color: PDF_COLOURS.grey, marginTop: 4 },
  heading: { fontSize: 12, fontWeight: "bold", color: PDF_COLOURS.blueFrance, marginTop: 16, marginBottom: 6 },
  row: { flexDirection: "row", borderBottom: `0.5pt solid ${PDF_COLOURS.line}`, paddingVertical: 3 },
  headRow: { flexDirection: "row", backgroundColor: PDF_COLOURS.head, paddingVertical: 3, fontWeight: "bold" },
  // The gutter is inside the label column, so a long label ("Conformité projetée du produit",
  // "Projected compliance of the product") wraps within it instead of running into its value.
  label: { width: 172, paddingRight: 12, color: PDF_COLOURS.grey },
  value: { flex: 1 },
  muted: { color: PDF_COLOURS.grey },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 40,
    right: 40,
    fontSize: 8,
    color: PDF_COLOURS.grey,
    flexDirection: "row",
    justifyContent: "space-between",
  },
});

export function Heading({ children }: { children: ReactNode }) {
  return (
    <Text style={pdfStyles.heading} minPresenceAhead={40}>
      {children}
    </Text>
  );
}

/** Label–value lines (a summary). */
export function Pairs({ pairs }: { pairs: [string, string][] }) {
  return (
    <View>
      {pairs.map(([label, value]) => (
        <View key={label} style={pdfStyles.row} wrap={false}>
          <Text style={pdfStyles.label}>{label}</Text>
          <Text style={pdfStyles.value}>{value}</Text>
        </View>
      ))}
    </View>
  );
}

export type PdfColumn = { header: string; width?: number };

/** A table whose header row repeats at the top of every page it spans. */
export function Table({ columns, rows }: { columns: PdfColumn[]; rows: string[][] }) {
  const cell = (c: PdfColumn) => (c.width ? { width: c.width, paddingRight: 6 } : { flex: 1, paddingRight: 6 });
  return (
    <View>
      <View style={pdfStyles.headRow} fixed>
        {columns.map((c) => (
          <Text key={c.header} style={cell(c)}>
            {c.header}
          </Text>
        ))}
      </View>
      {rows.map((row, i) => (
        <View key={i} style={pdfStyles.row} wrap={false}>
          {row.map((value, j) => (
            <Text key={j} style={cell(columns[j])}>
              {value}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

/** Brand, title and subtitle, then the page number in the footer of every page. */
export function ReportFrame({
  title,
  subtitle,
  footer,
  children,
}: {
  title: string;
  subtitle: string;
  footer: string;
  children: ReactNode;
}) {
  return (
    <>
      <Text style={pdfStyles.brand}>Convergence</Text>
      <Text style={pdfStyles.title}>{title}</Text>
      <Text style={pdfStyles.subtitle}>{subtitle}</Text>
      {children}
      <View style={pdfStyles.footer} fixed>
        <Text>{footer}</Text>
        <Text render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
      </View>
    </>
  );
}
