import { env, EnvError } from "@/lib/env";
import { kickOutbox } from "@/lib/email/kick";
import { announceEmailTransport } from "@/lib/email/transport";
import { scheduleDailyJob } from "@/lib/plans/daily-schedule";
import { installClientAddressStamp } from "./trust-proxy";

/** Node-only start-up: configuration check, then the outbox poller and the plans' daily job. */
export function registerNode(): void {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n[convergence] ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  installClientAddressStamp(env().TRUSTED_PROXIES);
  announceEmailTransport();
  const seconds = env().OUTBOX_POLL_SECONDS;
  if (seconds > 0) setInterval(kickOutbox, seconds * 1000).unref();
  const minutes = env().DAILY_JOB_INTERVAL_MINUTES;
  if (minutes > 0) scheduleDailyJob(minutes);
}
