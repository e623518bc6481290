"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { markHandledAction } from "../actions";

export function MarkHandledButton({ messageId }: { messageId: string }) {
  const t = useTranslations("supportDesk.messages");
  const [state, action, pending] = useActionState(markHandledAction, null);
  return (
    <form action={action} className="mt-3">
      {state && !state.ok && <Notice tone="error">{state.message}</Notice>}
      <input type="hidden" name="messageId" value={messageId} />
      <Button variant="secondary" disabled={pending}>
        {t("markHandled")}
      </Button>
    </form>
  );
}
