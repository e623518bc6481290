import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { ExportData } from "./data";

// PDF colours cannot come from the Tailwind tokens: the same values, written out.
const INK = "#161616";
const BLUE_FRANCE = "#000091";
const GREY = "#666666";
const LINE = "#dddddd";

const styles = StyleSheet.create({
  page: { padding: 40, paddingBottom: 56, fontSize: 9.5, fontFamily: "Helvetica", color: INK, lineHeight: 1.35 },
  brand: { fontSize: 11, fontFamily: "Helvetica-Bold", color: BLUE_FRANCE },
  title: { fontSize: 16, fontFamily: "Helvetica-Bold", marginTop: 10 },
  subtitle: { fontSize: 11, color: GREY, marginTop: 2 },
  heading: { fontSize: 12, fontFamily: "Helvetica-Bold", color: BLUE_FRANCE, marginTop: 16, marginBottom: 6 },
  row: { flexDirection: "row", borderBottom: `0.5pt solid ${LINE}`, paddingVertical: 3 },
  label: { width: 150, color: GREY },
  value: { flex: 1 },
  cell: { flex: 1, paddingRight: 6 },
  narrow: { width: 60, paddingRight: 6 },
  item: { borderBottom: `0.5pt solid ${LINE}`, paddingVertical: 5 },
  itemTitle: { fontFamily: "Helvetica-Bold" },
  muted: { color: GREY },
  footer: { position: "absolute", bottom: 24, left: 40, right: 40, fontSize: 8, color: GREY, flexDirection: "row", justifyContent: "space-between" },
});

function Pair({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.row} wrap={false}>
      <Text style={styles.label}>{label}</Text>
      <Text style={styles.value}>{value}</Text>
    </View>
  );
}

/** The evaluation report: result, sections, gaps, then every item with its answer. */
export function EvaluationReport({ data }: { data: ExportData }) {
  const c = data.columns;
  const k = data.labels.colon;
  return (
    <Document title={`${data.title} — ${data.subject}`} author="Convergence" language={data.locale} subject={data.subject}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.brand}>Convergence</Text>
        <Text style={styles.title}>{data.title}</Text>
        <Text style={styles.subtitle}>{data.subject}</Text>

        <Text style={styles.heading}>{data.labels.summary}</Text>
        {data.summary.map(([label, value]) => (
          <Pair key={label} label={label} value={value} />
        ))}

        <Text style={styles.heading}>{data.labels.sections}</Text>
        {data.sections.map((s) => (
          <View key={s.title} style={styles.row} wrap={false}>
            <Text style={styles.cell}>{s.title}</Text>
            <Text style={styles.narrow}>{s.score === null ? "—" : `${s.score} / 100`}</Text>
            <Text style={styles.narrow}>{s.progress}</Text>
          </View>
        ))}

        <Text style={styles.heading}>{data.labels.gaps}</Text>
        {data.gaps.length === 0 ? (
          <Text style={styles.muted}>—</Text>
        ) : (
          data.gaps.map((g) => (
            <View key={g.id} style={styles.row} wrap={false}>
              <Text style={styles.narrow}>{g.id}</Text>
              <Text style={styles.cell}>{g.title}</Text>
              <Text style={styles.narrow}>{g.mandatory}</Text>
              <Text style={styles.narrow}>{`${g.level} → ${g.target}`}</Text>
              <Text style={styles.narrow}>{g.by}</Text>
            </View>
          ))
        )}

        <Text style={styles.heading} break>
          {data.labels.answers}
        </Text>
        {data.rows.map((r) => (
          <View key={r.itemId} style={styles.item} wrap={false}>
            <Text style={styles.itemTitle}>{`${r.itemId} — ${r.label}`}</Text>
            <Text>{`${c.answer}${k} ${r.answer}${r.level !== null ? ` (${c.level} ${r.level})` : ""}${r.score !== null ? ` · ${c.score} ${r.score}` : ""}`}</Text>
            {r.plannedDate ? <Text>{`${c.plannedDate}${k} ${r.plannedDate}`}</Text> : null}
            {r.justification ? <Text>{`${c.justification}${k} ${r.justification}`}</Text> : null}
            {r.comment ? <Text>{`${c.comment}${k} ${r.comment}`}</Text> : null}
            {r.evidence ? <Text>{`${c.evidence}${k} ${r.evidence}`}</Text> : null}
            {r.target ? <Text style={styles.muted}>{`${c.target}${k} ${r.target}${r.targetMet ? ` · ${c.targetMet}${k} ${r.targetMet}` : ""}`}</Text> : null}
          </View>
        ))}

        <View style={styles.footer} fixed>
          <Text>{data.labels.generated}</Text>
          <Text render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

export function evaluationPdf(data: ExportData): Promise<Buffer> {
  return renderToBuffer(<EvaluationReport data={data} />);
}
