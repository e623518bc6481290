import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { z } from "zod";
import { translatorFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";

// What the request page can pass to pre-fill the form; anything missing stays a blank line.
export const authorisationPrefillSchema = z.object({
  siren: z.string().trim().max(20).catch(""),
  legalName: z.string().trim().max(200).catch(""),
  addressLine: z.string().trim().max(300).catch(""),
  postalCode: z.string().trim().max(10).catch(""),
  city: z.string().trim().max(120).catch(""),
  firstName: z.string().trim().max(100).catch(""),
  lastName: z.string().trim().max(100).catch(""),
  jobTitle: z.string().trim().max(120).catch(""),
  email: z.string().trim().max(254).catch(""),
  phone: z.string().trim().max(30).catch(""),
});

export type AuthorisationPrefill = z.infer<typeof authorisationPrefillSchema>;

export const AUTHORISATION_FORM_VERSION = "2026-01";

// PDF colours cannot come from the Tailwind tokens: the same values, written out.
const INK = "#161616";
const BLUE_FRANCE = "#000091";
const GREY = "#666666";

const styles = StyleSheet.create({
  page: { padding: 48, fontSize: 10.5, fontFamily: "Helvetica", color: INK, lineHeight: 1.4 },
  brand: { fontSize: 12, fontFamily: "Helvetica-Bold", color: BLUE_FRANCE },
  title: { fontSize: 17, fontFamily: "Helvetica-Bold", marginTop: 14 },
  subtitle: { fontSize: 11, color: GREY, marginTop: 4 },
  section: { marginTop: 16 },
  heading: { fontSize: 11.5, fontFamily: "Helvetica-Bold", marginBottom: 6, color: BLUE_FRANCE },
  row: { flexDirection: "row", marginBottom: 6 },
  label: { width: 150, color: GREY },
  value: { flex: 1, borderBottom: `0.5pt solid ${GREY}`, minHeight: 18 },
  statement: { marginTop: 18 },
  signature: { marginTop: 10, height: 90, border: `0.75pt solid ${INK}`, padding: 6, color: GREY },
  footer: { position: "absolute", bottom: 32, left: 48, right: 48, fontSize: 8.5, color: GREY },
});

function Field({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.row}>
      <Text style={styles.label}>{label}</Text>
      <Text style={styles.value}>{value}</Text>
    </View>
  );
}

/** The authorisation form as a document tree, in the visitor's language. */
export function AuthorisationForm({ prefill, locale }: { prefill: AuthorisationPrefill; locale: Locale }) {
  const tr = translatorFor(locale);
  const t = (key: string, params?: Record<string, string>) => tr(`accountRequest.pdf.${key}` as never, params as never);
  const address = [prefill.addressLine, [prefill.postalCode, prefill.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  const requester = [prefill.firstName, prefill.lastName].filter(Boolean).join(" ");
  return (
    <Document title={t("title")} author="Convergence" language={locale} subject={t("subtitle")}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.brand}>Convergence — {t("agency")}</Text>
        <Text style={styles.title}>{t("title")}</Text>
        <Text style={styles.subtitle}>{t("subtitle")}</Text>

        <View style={styles.section}>
          <Text style={styles.heading}>{t("company")}</Text>
          <Field label={t("legalName")} value={prefill.legalName} />
          <Field label={t("siren")} value={prefill.siren} />
          <Field label={t("address")} value={address} />
        </View>

        <View style={styles.section}>
          <Text style={styles.heading}>{t("representative")}</Text>
          <Field label={t("representativeName")} value="" />
          <Field label={t("representativeTitle")} value="" />
        </View>

        <View style={styles.section}>
          <Text style={styles.heading}>{t("requester")}</Text>
          <Field label={t("requesterName")} value={requester} />
          <Field label={t("jobTitle")} value={prefill.jobTitle} />
          <Field label={t("email")} value={prefill.email} />
          <Field label={t("phone")} value={prefill.phone} />
        </View>

        <Text style={styles.statement}>{t("statement")}</Text>
        <View style={[styles.row, { marginTop: 14 }]}>
          <Text style={styles.label}>{t("place")}</Text>
          <Text style={styles.value}>{""}</Text>
          <Text style={[styles.label, { width: 60, marginLeft: 12 }]}>{t("date")}</Text>
          <Text style={styles.value}>{""}</Text>
        </View>
        <View style={styles.signature}>
          <Text>{t("signature")}</Text>
        </View>

        <Text style={styles.footer} fixed>
          {t("footer", { version: AUTHORISATION_FORM_VERSION })}
        </Text>
      </Page>
    </Document>
  );
}

/** The PDF bytes, blank or pre-filled with what the requester typed. */
export function renderAuthorisationForm(prefill: Partial<AuthorisationPrefill>, locale: Locale): Promise<Buffer> {
  const clean = authorisationPrefillSchema.parse(prefill);
  return renderToBuffer(<AuthorisationForm prefill={clean} locale={locale} />);
}
