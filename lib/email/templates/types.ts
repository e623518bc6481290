import type { ReactElement } from "react";
import type { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";

export type EmailTranslate = (key: string, params?: Record<string, string | number>) => string;

export type EmailTemplate<P> = {
  payload: z.ZodType<P>;
  render: (payload: P, t: EmailTranslate, locale: Locale) => { subject: string; element: ReactElement };
};
