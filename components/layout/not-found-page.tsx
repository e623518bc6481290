import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-4">{t("notFoundBody")}</p>
      <p className="mt-4">
        <Link href="/">{t("backHome")}</Link>
      </p>
    </div>
  );
}
