import { Body, Container, Head, Heading, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

// Email clients ignore stylesheets: colours are inlined from the design tokens' values.
const BLUE_FRANCE = "#000091";
const GREY = "#3a3a3a";

export function EmailLayout(props: { lang: string; preview: string; title: string; footer: string; children: ReactNode }) {
  return (
    <Html lang={props.lang}>
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={{ backgroundColor: "#f6f6f6", fontFamily: "Arial, Helvetica, sans-serif", color: GREY }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", maxWidth: "600px" }}>
          <Text style={{ color: BLUE_FRANCE, fontWeight: 700, fontSize: "18px", margin: 0 }}>Convergence</Text>
          <Heading as="h1" style={{ fontSize: "22px", color: "#161616" }}>
            {props.title}
          </Heading>
          <Section>{props.children}</Section>
          <Hr />
          <Text style={{ fontSize: "12px", color: "#666666" }}>{props.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={{ fontSize: "15px", lineHeight: "22px" }}>{children}</Text>;
}

export function Quote({ children }: { children: ReactNode }) {
  return (
    <Text
      style={{ fontSize: "14px", lineHeight: "20px", borderLeft: `4px solid ${BLUE_FRANCE}`, paddingLeft: "12px", whiteSpace: "pre-wrap" }}
    >
      {children}
    </Text>
  );
}
