"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { FormAction } from "@/lib/actions/action";
import { EMPTY_DRAFT, draftFields, sameDraft, toDraft, type Draft } from "@/lib/evaluations/drafts";
import type { StoredAnswer, StoredAnswers } from "@/lib/evaluations/model";
import type { SaveResult } from "@/lib/evaluations/save";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; message: string }
  | { kind: "conflict" }
  | { kind: "offline" };

type Options = {
  evaluationId: string;
  revision: number;
  answers: StoredAnswers;
  kindOf: (itemId: string) => "qualifier" | "requirement";
  save: FormAction<SaveResult>;
  savePosition: FormAction<undefined>;
  enabled: boolean;
  /** Shown under the file input when an upload did not reach the server. */
  uploadFailed: string;
};

const TYPING_DELAY = 1200;
const RETRY_DELAY = 5000;
const POSITION_DELAY = 1500;

/**
 * The answering form's local state and its autosave: each changed item is saved on its own
 * (small, fast saves), one at a time so that revisions stay in order. A save names the
 * revision of the item it started from; when someone else saved the item meanwhile the save
 * is refused, the item is held back from autosave and the other person's answer is shown
 * beside the user's own, which stays in the form until the user decides.
 */
export function useSaveQueue({ evaluationId, revision, answers, kindOf, save, savePosition, enabled, uploadFailed }: Options) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(Object.values(answers).map((a) => [a.itemId, toDraft(a)])),
  );
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [conflicts, setConflicts] = useState<Record<string, StoredAnswer | null>>({});
  const [errors, setErrors] = useState<Record<string, Record<string, string[]>>>({});
  const [othersChanged, setOthersChanged] = useState(false);

  const draftsRef = useRef(drafts);
  const base = useRef<Record<string, number>>(Object.fromEntries(Object.values(answers).map((a) => [a.itemId, a.revision])));
  const dirty = useRef(new Set<string>());
  const held = useRef(new Set<string>());
  const files = useRef(new Map<string, File>());
  const removals = useRef(new Set<string>());
  const known = useRef(revision);
  const stale = useRef(false);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const position = useRef<{ itemId: string | null; timer?: ReturnType<typeof setTimeout> }>({ itemId: null });

  const setDraft = useCallback((id: string, draft: Draft) => {
    draftsRef.current = { ...draftsRef.current, [id]: draft };
    setDrafts(draftsRef.current);
  }, []);

  const saveOne = useCallback(
    async (id: string): Promise<"done" | "retry"> => {
      const sent = draftsRef.current[id] ?? EMPTY_DRAFT;
      const file = files.current.get(id);
      const remove = removals.current.has(id);
      files.current.delete(id);
      removals.current.delete(id);
      const form = new FormData();
      form.set("evaluationId", evaluationId);
      form.set("itemId", id);
      form.set("baseRevision", String(base.current[id] ?? 0));
      form.set("knownRevision", String(known.current));
      for (const [name, value] of Object.entries(draftFields(kindOf(id), sent, remove))) form.set(name, value);
      if (file) form.set("evidenceFile", file);

      let result: Awaited<ReturnType<typeof save>>;
      try {
        result = await save(null, form);
      } catch {
        // Network or server down: keep the answer and try again shortly. A file is not sent
        // again by itself (it may be what the server refused): the user chooses it again.
        dirty.current.add(id);
        if (file) setErrors((e) => ({ ...e, [id]: { ...e[id], evidenceFile: [uploadFailed] } }));
        if (remove) removals.current.add(id);
        return "retry";
      }
      if (!result.ok) {
        setErrors((e) => ({ ...e, [id]: result.fieldErrors }));
        setStatus({ kind: "error", message: result.message });
        // Only the file was refused: the rest of the answer is saved again, without it.
        if (file && Object.keys(result.fieldErrors).every((field) => field === "evidenceFile")) dirty.current.add(id);
        return "done";
      }
      // A save without a file leaves a file's refusal on screen (the user has to choose another).
      setErrors((e) => {
        const { [id]: previous, ...rest } = e;
        return !file && previous?.evidenceFile ? { ...rest, [id]: { evidenceFile: previous.evidenceFile } } : rest;
      });
      const data = result.data;
      if (data.status === "conflict") {
        held.current.add(id);
        if (file) files.current.set(id, file);
        if (remove) removals.current.add(id);
        setConflicts((c) => ({ ...c, [id]: data.current }));
        setOthersChanged(true);
        stale.current = true;
        setStatus({ kind: "conflict" });
        return "done";
      }
      base.current[id] = data.answer.revision;
      if (data.othersSaved) {
        stale.current = true;
        setOthersChanged(true);
      }
      if (!stale.current) known.current = data.evaluationRevision;
      // The evidence file is the server's to name; the rest stays as typed (typing may have gone on).
      const now = draftsRef.current[id] ?? EMPTY_DRAFT;
      const evidence = { evidenceDocumentId: data.answer.evidenceDocumentId, evidenceName: data.answer.evidenceName };
      if (now.evidenceDocumentId !== evidence.evidenceDocumentId) setDraft(id, { ...now, ...evidence });
      if (!sameDraft(now, sent)) dirty.current.add(id);
      return "done";
    },
    [evaluationId, kindOf, save, setDraft, uploadFailed],
  );

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    if (running.current) return running.current.then(() => flush());
    const run = (async () => {
      // Yield first, so that `running` is set before the loop can finish and clear it.
      await null;
      let retry = false;
      for (;;) {
        const id = [...dirty.current].find((i) => !held.current.has(i));
        if (!id) break;
        dirty.current.delete(id);
        setStatus({ kind: "saving" });
        if ((await saveOne(id)) === "retry") {
          retry = true;
          break;
        }
      }
      running.current = null;
      if (retry) {
        setStatus({ kind: "offline" });
        timer.current = setTimeout(() => void flush(), RETRY_DELAY);
      } else {
        setStatus((s) => (s.kind === "saving" ? { kind: "saved", at: new Date() } : s));
      }
    })();
    running.current = run;
    return run;
  }, [saveOne]);

  const schedule = useCallback(
    (delay: number) => {
      clearTimeout(timer.current);
      setStatus((s) => (s.kind === "saving" ? s : { kind: "pending" }));
      timer.current = setTimeout(() => void flush(), delay);
    },
    [flush],
  );

  /** A change to one item: kept locally at once, saved after a pause (typing) or soon (a click). */
  const update = useCallback(
    (id: string, patch: Partial<Draft>, delay = TYPING_DELAY) => {
      if (!enabled) return;
      setDraft(id, { ...(draftsRef.current[id] ?? EMPTY_DRAFT), ...patch });
      dirty.current.add(id);
      if (!held.current.has(id)) schedule(delay);
    },
    [enabled, schedule, setDraft],
  );

  const upload = useCallback(
    (id: string, file: File) => {
      files.current.set(id, file);
      dirty.current.add(id);
      return flush();
    },
    [flush],
  );

  const removeEvidence = useCallback(
    (id: string) => {
      removals.current.add(id);
      update(id, { evidenceDocumentId: null, evidenceName: null }, 0);
    },
    [update],
  );

  /** The user keeps their answer over the other person's: saved on top of the revision just seen. */
  const keepMine = useCallback(
    (id: string) => {
      base.current[id] = conflicts[id]?.revision ?? base.current[id] ?? 0;
      held.current.delete(id);
      setConflicts(({ [id]: _gone, ...rest }) => (void _gone, rest));
      dirty.current.add(id);
      void flush();
    },
    [conflicts, flush],
  );

  const takeTheirs = useCallback(
    (id: string) => {
      const theirs = conflicts[id] ?? null;
      base.current[id] = theirs?.revision ?? 0;
      held.current.delete(id);
      dirty.current.delete(id);
      files.current.delete(id);
      removals.current.delete(id);
      setDraft(id, toDraft(theirs));
      setConflicts(({ [id]: _gone, ...rest }) => (void _gone, rest));
      setStatus({ kind: "idle" });
    },
    [conflicts, setDraft],
  );

  /** Remembers where the user is, so that coming back reopens the page there. */
  const notePosition = useCallback(
    (itemId: string) => {
      if (position.current.itemId === itemId) return;
      position.current.itemId = itemId;
      clearTimeout(position.current.timer);
      position.current.timer = setTimeout(() => {
        const form = new FormData();
        form.set("evaluationId", evaluationId);
        form.set("itemId", itemId);
        savePosition(null, form).catch(() => undefined);
      }, POSITION_DELAY);
    },
    [evaluationId, savePosition],
  );

  // Leaving with unsaved changes: save what can be saved and let the browser ask.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden" && dirty.current.size > 0) void flush();
    };
    const onUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current.size > 0 || running.current) {
        void flush();
        event.preventDefault();
      }
    };
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("beforeunload", onUnload);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("beforeunload", onUnload);
    };
  }, [flush]);

  return {
    drafts,
    status,
    conflicts,
    errors,
    othersChanged,
    update,
    upload,
    removeEvidence,
    flush,
    keepMine,
    takeTheirs,
    notePosition,
    knownRevision: () => known.current,
    /** Whether some answer waits for the user's decision on a conflict (it is not saved meanwhile). */
    hasHeld: () => held.current.size > 0,
  };
}
