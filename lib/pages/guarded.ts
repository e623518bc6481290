import { forbidden, notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";

/**
 * Runs a lib/ read for a page: a refused right gives the 403 page (forbidden()), an unknown or
 * foreign entity (another company's) gives the 404 page, anything else is a real error. The
 * `| null` stays for callers written when a refusal returned null.
 */
export async function guarded<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
