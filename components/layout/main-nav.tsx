"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useDisclosure } from "./use-disclosure";

export type NavLink = { href: string; label: string };

const LINK = "block px-3 py-3 text-ink no-underline hover:bg-surface-alt";

function useIsCurrent() {
  const pathname = usePathname();
  return (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
}

function NavItem({ item }: { item: NavLink }) {
  const current = useIsCurrent()(item.href);
  return (
    <li>
      <Link
        href={item.href}
        aria-current={current ? "page" : undefined}
        className={`${LINK} ${current ? "border-primary font-medium text-primary md:border-b-2" : ""}`}
      >
        {item.label}
      </Link>
    </li>
  );
}

/** The help pages under one entry: a disclosure, inline in the small-screen menu. */
function HelpGroup({ label, items }: { label: string; items: NavLink[] }) {
  const { open, root, buttonProps, panelProps } = useDisclosure<HTMLLIElement>();
  const isCurrent = useIsCurrent();
  const holdsCurrent = items.some((i) => isCurrent(i.href));
  return (
    <li ref={root} className="relative">
      <button
        {...buttonProps}
        className={`${LINK} flex w-full items-center gap-2 text-left ${holdsCurrent ? "font-medium text-primary" : ""}`}
      >
        {label}
        <span aria-hidden="true">{open ? "▴" : "▾"}</span>
      </button>
      <ul {...panelProps} className="z-20 min-w-56 border-line bg-surface pl-4 md:absolute md:border md:pl-0 md:shadow-md">
        {items.map((item) => (
          <NavItem key={item.href} item={item} />
        ))}
      </ul>
    </li>
  );
}

/**
 * The main navigation: the space's work in the bar, the help pages grouped (signed in) or
 * inline (signed out). On a small screen the whole list sits behind a "Menu" button.
 */
export function MainNav({
  label,
  menuLabel,
  helpLabel,
  work,
  help,
  groupHelp,
}: {
  label: string;
  menuLabel: string;
  helpLabel: string;
  work: NavLink[];
  help: NavLink[];
  groupHelp: boolean;
}) {
  const { open, root, buttonProps, panelProps } = useDisclosure<HTMLElement>();
  return (
    <nav aria-label={label} className="border-t border-line" ref={root}>
      <div className="mx-auto max-w-page px-4">
        <button
          {...buttonProps}
          className="my-2 flex items-center gap-2 border-2 border-primary px-3 py-2 font-medium text-primary md:hidden"
          data-testid="menu-button"
        >
          <span aria-hidden="true">☰</span>
          {menuLabel}
        </button>
        {/* Hidden on a small screen until the button opens it; always shown from md up. */}
        <ul id={panelProps.id} className={`${open ? "block" : "hidden"} pb-2 md:flex md:flex-wrap md:gap-1 md:pb-0`}>
          {work.map((item) => (
            <NavItem key={item.href} item={item} />
          ))}
          {groupHelp
            ? help.length > 0 && <HelpGroup label={helpLabel} items={help} />
            : help.map((item) => <NavItem key={item.href} item={item} />)}
        </ul>
      </div>
    </nav>
  );
}
