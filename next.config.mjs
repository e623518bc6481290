import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Several builds can live side by side (parallel work trees, CI runs): NEXT_DIST_DIR.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite ships .wasm/.data files it loads at run time: keep it out of the bundle,
  // otherwise they are copied into the public static folder. Same for the argon2 binary.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "@react-pdf/renderer"],
  poweredByHeader: false,
  // authInterrupts: forbidden() answers 403 with app/forbidden.tsx (a page without the right).
  // The proxy buffers request bodies up to its own limit and cuts the rest (a truncated form
  // was a 500): the same limit as actions, and the proxy answers 413 above it.
  experimental: { serverActions: { bodySizeLimit: "12mb" }, authInterrupts: true, proxyClientMaxBodySize: "12mb" },
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
