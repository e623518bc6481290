import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { roleOf } from "@/lib/auth/types";
import { isProductionApp, isProductionBuild } from "@/lib/env";
import { groupOf, menuFor, type MenuGroup } from "@/lib/navigation/menu";
import { AccountMenu } from "./account-menu";
import { LanguageSwitch } from "./language-switch";
import { MainNav } from "./main-nav";

/**
 * `prerendered`: the header of a page built once for everyone (the public pages), which
 * cannot read the session: it is the signed-out header. A signed-in visitor who follows its
 * "Sign in" link lands in their own space, since /login sends signed-in users home.
 */
export async function SiteHeader({ prerendered = false }: { prerendered?: boolean }) {
  const [t, tRoles, tNav, user] = await Promise.all([
    getTranslations("header"),
    getTranslations("roles"),
    getTranslations("nav"),
    prerendered ? null : getCurrentUser(),
  ]);
  const menu = menuFor(user, prerendered ? !isProductionBuild() : !isProductionApp());
  const group = (g: MenuGroup) =>
    menu.filter((item) => groupOf(item) === g).map((item) => ({ href: item.href, label: tNav(item.labelKey as never) }));
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="text-ink no-underline">
          <span className="block border-l-4 border-marianne pl-3">
            <span className="block text-xl font-bold text-primary">Convergence</span>
            <span className="block text-sm text-ink-soft">{(await getTranslations("common"))("agency")}</span>
          </span>
          <span className="sr-only"> {t("homeLink")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          {user ? (
            <AccountMenu
              name={t("signedInAs", { name: `${user.firstName} ${user.lastName}` })}
              details={[
                t("roleLabel", { role: tRoles(roleOf(user)) }),
                ...(user.companyName ? [t("companyLabel", { company: user.companyName })] : []),
              ]}
              label={t("accountMenu")}
              items={group("account")}
            />
          ) : (
            <Link href="/login" className="bg-primary px-3 py-2 text-white no-underline hover:bg-primary-hover">
              {t("signIn")}
            </Link>
          )}
          <LanguageSwitch />
        </div>
      </div>
      <MainNav
        label={t("mainNav")}
        menuLabel={t("menu")}
        helpLabel={t("help")}
        work={group("work")}
        help={group("help")}
        groupHelp={Boolean(user)}
      />
    </header>
  );
}
