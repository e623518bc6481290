import { getDb } from "@/db/client";
import { kickOutbox } from "@/lib/email/kick";
import { runDailyJob } from "./daily-job";
import { todayInParis } from "./today";

// A minute after start: the server answers its first requests before the job's queries.
const START_DELAY_MS = 60_000;

let running = false;

/** One run now, logged; a run still going (a slow database) makes the next tick skip. */
async function tick(): Promise<void> {
  if (running) return;
  running = true;
  try {
    const queued = await runDailyJob(getDb(), todayInParis());
    if (queued.length > 0) {
      console.info(`[daily-job] queued ${queued.length} email(s)`);
      kickOutbox();
    }
  } catch (error) {
    console.error("[daily-job]", error);
  } finally {
    running = false;
  }
}

/**
 * Runs the daily job inside the server: once shortly after start, then every `minutes`.
 * Every instance may do so: the job's lock and idempotency keys send each email once.
 */
export function scheduleDailyJob(minutes: number): void {
  setTimeout(() => {
    void tick();
    setInterval(() => void tick(), minutes * 60_000).unref();
  }, START_DELAY_MS).unref();
}
