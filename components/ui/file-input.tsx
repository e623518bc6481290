"use client";

import { useState, type Ref } from "react";
import { useTranslations } from "next-intl";

type Props = {
  id: string;
  name?: string;
  accept?: string;
  describedBy?: string;
  invalid?: boolean;
  inputRef?: Ref<HTMLInputElement>;
};

/**
 * A file field that speaks the page's language. The browser's own control says "Choose
 * File / No file chosen" in the browser's language whatever the page's, and CSS cannot
 * change that text. The native input stays in the form and in the tab order (visually
 * hidden, so keyboard, screen readers and submission without JS work as before); a second
 * label draws the button and the chosen file's name next to it. The field's visible label
 * stays the caller's <label htmlFor={id}>.
 */
export function FileInput({ id, name, accept, describedBy, invalid, inputRef }: Props) {
  const t = useTranslations("common.file");
  const [fileName, setFileName] = useState("");
  const statusId = `${id}-chosen`;
  return (
    <div className="mt-2">
      <input
        ref={inputRef}
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={[describedBy, statusId].filter(Boolean).join(" ")}
        className="peer sr-only"
        onChange={(e) => setFileName(e.currentTarget.files?.[0]?.name ?? "")}
      />
      <label
        htmlFor={id}
        className="inline-flex cursor-pointer flex-wrap items-center gap-3 peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-primary-hover"
      >
        <span aria-hidden="true" className="border-2 border-primary px-3 py-1 font-medium text-primary">
          {t("choose")}
        </span>
        <span id={statusId} className="text-ink-soft" data-testid="file-chosen">
          {fileName || t("none")}
        </span>
      </label>
    </div>
  );
}
