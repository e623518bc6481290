import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/ui/forbidden";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { listTransferCandidates } from "@/lib/team/transfer";
import { guarded } from "@/lib/pages/guarded";
import { TransferForm } from "../_components/transfer-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("transfer.title") };
}

export default async function TransferPage() {
  const user = await requireUser("/team/transfer");
  const candidates = await guarded(listTransferCandidates(getDb(), user));
  if (!candidates) return <Forbidden />;
  const t = await getTranslations("team");
  return (
    <div className="max-w-2xl">
      <p>
        <Link href="/team">{t("member.back")}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t("transfer.title")}</h1>
      <p className="mt-4">{t("transfer.intro")}</p>
      {candidates.length === 0 ? (
        <Notice tone="info">{t("transfer.noCandidate")}</Notice>
      ) : (
        <TransferForm candidates={candidates.map((c) => ({ value: c.id, label: `${c.firstName} ${c.lastName} (${c.username})` }))} />
      )}
    </div>
  );
}
