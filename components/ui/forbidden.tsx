import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Shown when a signed-in user opens a space that is not theirs. */
export async function Forbidden() {
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
