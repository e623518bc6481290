// Runs once when a server starts: refuses to boot on a bad configuration (for instance a
// production start without AUTH_SECRET) and starts the outbox poller that retries emails.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { registerNode } = await import("@/lib/boot/register-node");
    registerNode();
  }
}
