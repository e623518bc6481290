import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { registerPdfFonts } from "@/lib/pdf/fonts";
import { Heading, Pairs, ReportFrame, Table, pdfStyles, PDF_COLOURS } from "@/lib/pdf/parts";
import { exportText, type ExportData } from "./data";

const styles = StyleSheet.create({
  item: { borderBottom: `0.5pt solid ${PDF_COLOURS.line}`, paddingVertical: 5 },
  itemTitle: { fontWeight: "bold" },
});

/**
 * The evaluation report: result, sections, gaps, then every item with its answer. Set in the
 * embedded DejaVu Sans (every glyph of both languages, "→" included); figures and dates come
 * already written in the reader's language from getExportData.
 */
export function EvaluationReport({ data }: { data: ExportData }) {
  const c = data.columns;
  const k = data.labels.colon;
  const g = data.gapColumns;
  const s = data.sectionColumns;
  return (
    <Document title={`${data.title} — ${data.subject}`} author="Convergence" language={data.locale} subject={data.subject}>
      <Page size="A4" style={pdfStyles.page}>
        <ReportFrame title={data.title} subtitle={data.subject} footer={data.labels.generated}>
          <Heading>{data.labels.summary}</Heading>
          <Pairs pairs={data.summary.map(([label, value]) => [label, exportText(value)])} />

          <Heading>{data.labels.sections}</Heading>
          <Table
            columns={[{ header: s.title }, { header: s.score, width: 80 }, { header: s.progress, width: 100 }]}
            rows={data.sections.map((x) => [x.title, x.score ? x.score.text : "—", x.progress])}
          />

          <Heading>{data.labels.gaps}</Heading>
          {data.gaps.length === 0 ? (
            <Text style={pdfStyles.muted}>—</Text>
          ) : (
            <Table
              columns={[
                { header: g.id, width: 78 },
                { header: g.title },
                { header: g.mandatory, width: 62 },
                { header: g.levels, width: 78 },
                { header: g.by, width: 62 },
              ]}
              rows={data.gaps.map((x) => [x.id, x.title, x.mandatory, `${x.level.text} → ${x.target.text}`, x.by.text])}
            />
          )}

          <Text style={pdfStyles.heading} break>
            {data.labels.answers}
          </Text>
          {data.rows.map((r) => (
            <View key={r.itemId} style={styles.item} wrap={false}>
              <Text style={styles.itemTitle}>{`${r.itemId} — ${r.label}`}</Text>
              <Text>{`${c.answer}${k} ${r.answer}${r.level ? ` (${c.level} ${r.level.text})` : ""}${r.score ? ` · ${c.score}${k} ${r.score.text}` : ""}`}</Text>
              {r.plannedDate ? <Text>{`${c.plannedDate}${k} ${r.plannedDate.text}`}</Text> : null}
              {r.justification ? <Text>{`${c.justification}${k} ${r.justification}`}</Text> : null}
              {r.comment ? <Text>{`${c.comment}${k} ${r.comment}`}</Text> : null}
              {r.evidence ? <Text>{`${c.evidence}${k} ${r.evidence}`}</Text> : null}
              {r.target ? (
                <Text
                  style={pdfStyles.muted}
                >{`${c.target}${k} ${r.target}${r.targetMet ? ` · ${c.targetMet}${k} ${r.targetMet}` : ""}`}</Text>
              ) : null}
            </View>
          ))}
        </ReportFrame>
      </Page>
    </Document>
  );
}

export function evaluationPdf(data: ExportData): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<EvaluationReport data={data} />);
}
