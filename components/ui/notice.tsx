import type { ReactNode } from "react";

const TONES = {
  info: "border-info bg-info-light",
  success: "border-success bg-success-light",
  error: "border-error bg-error-light",
  warning: "border-warning bg-warning-light",
} as const;

/** A message block. Status notices are announced politely; errors use role="alert". */
export function Notice({
  tone = "info",
  title,
  children,
  id,
}: {
  tone?: keyof typeof TONES;
  title?: string;
  children?: ReactNode;
  id?: string;
}) {
  return (
    <div id={id} role={tone === "error" ? "alert" : "status"} className={`my-4 border-l-4 p-4 ${TONES[tone]}`}>
      {title && <p className="font-bold">{title}</p>}
      {children && <div className={title ? "mt-1" : ""}>{children}</div>}
    </div>
  );
}
