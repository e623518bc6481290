import Link from "next/link";
import { getTranslations } from "next-intl/server";

// Rendered with HTTP 403 whenever a page calls forbidden(): a signed-in user without the right.
// (Another company's objects give 404 instead, so that their existence is not disclosed.)
export default async function Forbidden() {
  const [t, tc] = await Promise.all([getTranslations("errors"), getTranslations("common")]);
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("forbidden")}</h1>
      <p className="mt-4">
        <Link href="/home">{tc("backHome")}</Link>
      </p>
    </div>
  );
}
