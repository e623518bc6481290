import createNextIntlPlugin from "next-intl/plugin";
import publicPages from "./lib/i18n/public-pages.json" with { type: "json" };

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Several builds can live side by side (parallel work trees, CI runs): NEXT_DIST_DIR.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite ships .wasm/.data files it loads at run time: keep it out of the bundle,
  // otherwise they are copied into the public static folder. Same for the argon2 binary.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "@react-pdf/renderer"],
  poweredByHeader: false,
  // gzip in Node costs 5–9 % of a page's or a save's CPU (decision 0017). Behind a reverse
  // proxy that compresses (docs/scaling.md), NEXT_COMPRESS=0 leaves it to the proxy; read
  // when the server starts. Default unchanged: a server exposed directly still compresses.
  compress: process.env.NEXT_COMPRESS !== "0",
  // authInterrupts: forbidden() answers 403 with app/forbidden.tsx (a page without the right).
  // The proxy buffers request bodies up to its own limit and cuts the rest (a truncated form
  // was a 500): the same limit as actions, and the proxy answers 413 above it.
  experimental: { serverActions: { bodySizeLimit: "12mb" }, authInterrupts: true, proxyClientMaxBodySize: "12mb" },
  // The public pages are prerendered per language under /fr/… and /en/…; their addresses
  // carry no language: the locale cookie picks the file (decision 0017). A rewrite here, not
  // in proxy.ts: a proxy rewrite is an absolute URL, which Next fetches over HTTP as an
  // external one when its host differs from the server's (`next start -H 127.0.0.1`), and a
  // server action through it is refused as cross-origin.
  async rewrites() {
    const sources = [
      ...publicPages.exact.map((path) => ({ source: path, suffix: path === "/" ? "" : path })),
      ...publicPages.prefixes.map((prefix) => ({ source: `${prefix}:rest*`, suffix: `${prefix}:rest*` })),
    ];
    const english = { type: "cookie", key: "NEXT_LOCALE", value: "en" };
    return {
      beforeFiles: sources.flatMap(({ source, suffix }) => [
        { source, has: [english], destination: `/en${suffix}` },
        { source, destination: `/fr${suffix}` },
      ]),
    };
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
