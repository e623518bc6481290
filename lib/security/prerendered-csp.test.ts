import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashCsp } from "./csp";
import { inlineScriptHashes, prerenderedScriptHashes } from "./prerendered-csp";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

const PAGE = [
  "<!DOCTYPE html><html><head>",
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  "</head><body><p>FAQ</p>",
  "<script>self.__next_f=self.__next_f||[];self.__next_f.push([0])</script>",
  '<script id="x" type="text/javascript">self.__next_f.push([1,"é"])</script>',
  "</body></html>",
].join("");

describe("hashes of a prerendered page's inline scripts", () => {
  it("hashes each inline script's exact text and skips scripts loaded from a file", () => {
    expect(inlineScriptHashes(PAGE)).toEqual([
      sha("self.__next_f=self.__next_f||[];self.__next_f.push([0])"),
      sha('self.__next_f.push([1,"é"])'),
    ]);
  });

  it("reads the page from the build once, and knows no hash for a page the build did not prerender", () => {
    const appDir = mkdtempSync(path.join(tmpdir(), "csp-"));
    mkdirSync(path.join(appDir, "fr"));
    writeFileSync(path.join(appDir, "fr", "faq.html"), PAGE);
    expect(prerenderedScriptHashes("/fr/faq", appDir)).toHaveLength(2);
    expect(prerenderedScriptHashes("/fr/contact", appDir)).toBeNull();
    expect(prerenderedScriptHashes("/fr/../../etc/passwd", appDir)).toBeNull();
  });

  it("allows those scripts and our own files, never any inline script", () => {
    const script = hashCsp(["abc=", "def="])
      .split("; ")
      .find((d) => d.startsWith("script-src"));
    expect(script).toBe("script-src 'self' 'sha256-abc=' 'sha256-def='");
  });
});
