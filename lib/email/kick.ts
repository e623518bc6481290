import { deliverDueEmails } from "./sender";

let running: Promise<void> | null = null;
let again = false;

/**
 * Wakes the sender after a change that queued an email, without making the request wait
 * for the provider. Calls during a run coalesce into one more run.
 */
export function kickOutbox(): void {
  if (running) {
    again = true;
    return;
  }
  running = (async () => {
    do {
      again = false;
      try {
        await deliverDueEmails();
      } catch (error) {
        console.error("[outbox]", error);
      }
    } while (again);
  })().finally(() => {
    running = null;
  });
}

/** For tests and the mailbox page: wait until the current run is over. */
export async function outboxIdle(): Promise<void> {
  while (running) await running;
}
