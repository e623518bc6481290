// `npm start` refuses to run a production server without a real secret, before Next boots.
if (!process.env.AUTH_SECRET && (process.env.APP_ENV ?? "production") === "production") {
  console.error("[convergence] AUTH_SECRET is not set. A production server refuses to start without it.");
  console.error("Generate one with: openssl rand -base64 32, then export AUTH_SECRET=<value>.");
  process.exit(1);
}
