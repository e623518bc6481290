import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-primary text-white hover:bg-primary-hover active:bg-primary-active",
  secondary: "bg-surface text-primary border border-primary hover:bg-primary-lighter",
  tertiary: "bg-transparent text-primary underline underline-offset-2 hover:decoration-2",
} as const;

export function buttonClass(variant: keyof typeof VARIANTS = "primary", extra = ""): string {
  return `inline-flex items-center justify-center gap-2 px-4 py-2 min-h-10 font-medium no-underline disabled:opacity-60 disabled:cursor-not-allowed ${VARIANTS[variant]} ${extra}`;
}

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS }) {
  return <button type="submit" {...props} className={buttonClass(variant, className)} />;
}
