"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function MainNav({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label={label} className="border-t border-line">
      <ul className="mx-auto max-w-page px-4 flex flex-wrap gap-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isCurrent(item.href) ? "page" : undefined}
              className={`block px-3 py-3 no-underline text-ink hover:bg-surface-alt ${isCurrent(item.href) ? "border-b-2 border-primary text-primary font-medium" : ""}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
