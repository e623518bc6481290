import { notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";

/**
 * Runs a lib/ read for a page: a refused right gives null (the page shows "forbidden"), an
 * unknown or foreign entity (another company's) gives the 404 page, anything else is a real error.
 */
export async function guarded<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof ForbiddenError) return null;
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
