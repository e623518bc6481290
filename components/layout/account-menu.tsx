"use client";

import Link from "next/link";
import { SignOutButton } from "./sign-out-button";
import type { NavLink } from "./main-nav";
import { useDisclosure } from "./use-disclosure";

/** Who is signed in, as a button opening their profile, the local mailbox and sign-out. */
export function AccountMenu({ name, details, label, items }: { name: string; details: string[]; label: string; items: NavLink[] }) {
  const { open, root, buttonProps, panelProps } = useDisclosure();
  return (
    <div ref={root} className="relative">
      <button {...buttonProps} className="flex items-center gap-2 border border-line px-3 py-2 text-left text-sm hover:bg-surface-alt">
        <span data-testid="signed-in-user">
          <span className="block font-medium">{name}</span>
          {details.map((d) => (
            <span key={d} className="block text-ink-soft">
              {d}
            </span>
          ))}
        </span>
        <span aria-hidden="true">{open ? "▴" : "▾"}</span>
        <span className="sr-only">{label}</span>
      </button>
      <div {...panelProps} className="absolute right-0 z-20 mt-1 min-w-56 border border-line bg-surface p-2 shadow-md">
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="block px-3 py-2 text-ink no-underline hover:bg-surface-alt">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
        <div className="mt-2 border-t border-line px-1 pt-2">
          <SignOutButton />
        </div>
      </div>
    </div>
  );
}
