import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/navigation/menu";

/** Sends each user to the home of their own space. */
export default async function HomeRedirect() {
  redirect(homeFor(await requireUser("/home")));
}
