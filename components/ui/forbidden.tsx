import { forbidden } from "next/navigation";

/**
 * Kept for pages that `return <Forbidden />`: rendering it interrupts the page with
 * forbidden(), so the answer is a real 403 with app/forbidden.tsx. New code calls forbidden().
 */
export function Forbidden(): never {
  forbidden();
}
