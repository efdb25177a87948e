import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Issue } from '../../../../shared/issues.ts';
import type { ConcessionWarning, NegotiationSheet } from '../../../../shared/negotiation.ts';
import { RpcError } from '../../../api/RpcError.ts';
import { useReload } from '../../../data/read.ts';
import type { FormProblem } from '../../../ui/form/FormProblem.ts';
import { useCrashDraft } from '../../../ui/form/crashDraft.ts';
import { useDirtyForm } from '../../../ui/form/dirtyForms.ts';
import { refusalOf } from '../../../ui/form/refusalOf.ts';
import { splitIssues } from '../../../ui/form/splitIssues.ts';
import { negotiationQueries } from '../api/negotiationQueries.ts';
import { useUpdateNegotiation } from '../api/useNegotiationMutations.ts';
import {
  changedFields,
  DRAFT_FIELDS,
  draftIssues,
  draftWarnings,
  pathKey,
  toDraft,
  type DraftField,
  type SheetDraft,
} from '../utils/sheetDraft.ts';
import { useTask } from '../../../ui/useTask.ts';

/** The fields of each row the editor shows, so a refusal lands next to the right control. */
const ROW_FIELDS: Partial<Record<DraftField, readonly string[]>> = {
  objectives: ['term', 'direction', 'ideal', 'target', 'walkAway', 'unit'],
  issues: [
    'key',
    'label',
    'ourPriority',
    'theirPriority',
    'opening',
    'openingValue',
    'limit',
    'direction',
    'limitNote',
    'trade',
  ],
  concessions: ['giveIssue', 'give', 'giveValue', 'getIssue', 'get'],
  attendees: ['personId', 'name', 'role'],
};

/** Where the editor shows an issue: a control's path, or null for the alert at the top. */
export function fieldOf(path: Issue['path']): string | null {
  const [top, index, field] = path;
  if (typeof top !== 'string' || !(DRAFT_FIELDS as readonly string[]).includes(top)) return null;
  if (top === 'principles') return 'principles';
  const rowFields = ROW_FIELDS[top as DraftField];
  if (!rowFields) return path.length === 1 ? top : null;
  return typeof index === 'number' && typeof field === 'string' && rowFields.includes(field)
    ? pathKey([top, index, field])
    : null;
}

const topOf = (key: string) => key.split('.')[0] ?? key;

/** `obj` with the value at `path` replaced, sharing every untouched branch. */
function setIn<T>(obj: T, path: readonly (string | number)[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const container = obj as Record<string | number, unknown>;
  const next = setIn(container[head!], rest, value);
  if (Array.isArray(obj)) {
    const copy = [...obj];
    copy[head as number] = next;
    return copy as T;
  }
  return { ...container, [head!]: next } as T;
}

/** Stable handles on the form, for memoised sections: they never change identity. */
export type SheetActions = {
  set: (key: string, value: unknown) => void;
  insert: (list: ListField, item: unknown) => void;
  remove: (list: ListField, index: number) => void;
  move: (list: ListField, from: number, to: number) => void;
};
export type ListField = 'objectives' | 'issues' | 'concessions' | 'attendees';
export type FieldErrors = Record<string, Issue>;

/** The same object while its content is the same, so memoised sections skip a render. */
function useStableJson<T>(value: T): T {
  const json = JSON.stringify(value);
  return useMemo(() => JSON.parse(json) as T, [json]);
}

/**
 * The sheet editor's state: one form over the whole sheet with dirty tracking, one Save that
 * sends only the changed sections with the version it loaded. Rules are checked as the user
 * types (shared with the server); the server's refusals land at their fields.
 */
export function useSheetForm(
  sheet: NegotiationSheet,
  memberIds: ReadonlySet<string> | null,
  /** The editor's element, to put the keyboard on the first refused field. */
  rootRef: RefObject<HTMLFormElement | null>,
) {
  const reloadQuery = useReload();
  const update = useUpdateNegotiation(sheet.id);
  const [saved, setSaved] = useState(() => ({
    draft: toDraft(sheet),
    version: sheet.version,
    warnings: sheet.warnings,
  }));
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [justSaved, setJustSaved] = useState(false);

  const [values, setValues] = useState<SheetDraft>(saved.draft);

  const actions: SheetActions = useMemo(() => {
    /** Every edit: the new values, and the server's refusals of that section retired. */
    const change = (top: string, next: (old: SheetDraft) => SheetDraft) => {
      setValues(next);
      setJustSaved(false);
      setServerErrors((old) => {
        const kept = Object.entries(old).filter(([key]) => topOf(key) !== top);
        return kept.length === Object.keys(old).length ? old : Object.fromEntries(kept);
      });
    };
    const list = (v: SheetDraft, name: ListField) => v[name] as readonly unknown[];
    return {
      set: (key, value) => {
        const path = key.split('.').map((seg) => (/^[0-9]+$/.test(seg) ? Number(seg) : seg));
        change(String(path[0]), (v) => setIn(v, path, value));
        setTouched((old) => (old.has(key) ? old : new Set(old).add(key)));
      },
      insert: (name, item) => change(name, (v) => ({ ...v, [name]: [...list(v, name), item] })),
      remove: (name, index) =>
        change(name, (v) => ({ ...v, [name]: list(v, name).filter((_, i) => i !== index) })),
      move: (name, from, to) =>
        change(name, (v) => {
          const rows = [...list(v, name)];
          const [row] = rows.splice(from, 1);
          rows.splice(to, 0, row);
          return { ...v, [name]: rows };
        }),
    };
  }, []);

  const clientIssues = useMemo(() => draftIssues(values, memberIds), [values, memberIds]);
  const liveWarnings = useMemo(() => draftWarnings(values), [values]);

  const errors: FieldErrors = useMemo(() => {
    const out: FieldErrors = { ...serverErrors };
    for (const issue of clientIssues) {
      const key = fieldOf(issue.path);
      if (key === null) continue;
      // "Required" waits for a save or for the field to be edited; broken rules show at once.
      if (issue.code === 'required' && !attempted && !touched.has(key)) continue;
      out[key] ??= issue;
    }
    return out;
  }, [clientIssues, serverErrors, attempted, touched]);

  /** Each section's errors, the same object while they do not change. */
  const sectionErrors = useStableJson(
    Object.fromEntries(
      (['objectives', 'issues', 'concessions', 'attendees'] as const).map((list) => [
        list,
        Object.fromEntries(Object.entries(errors).filter(([k]) => topOf(k) === list)),
      ]),
    ) as Record<ListField, FieldErrors>,
  );

  const changed = useMemo(() => changedFields(values, saved.draft), [values, saved.draft]);
  const dirty = Object.keys(changed).length > 0;
  // What the guards read at the moment of leaving: a save clears it before the next render.
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  });
  // The sheet's unsaved edits, kept in the workspace while the user types (crash-safe).
  const draft = useCrashDraft({
    key: `negotiation:${sheet.id}`,
    values,
    dirty,
    apply: (restored: SheetDraft) => setValues({ ...saved.draft, ...restored }),
  });
  const concessionsDirty = 'concessions' in changed || 'issues' in changed;

  /** Server warnings hold for the saved sheet; the live check covers the edits since. */
  const mergedWarnings: ConcessionWarning[] = useMemo(() => {
    const byIndex = new Map(liveWarnings.map((w) => [w.index, w]));
    if (!concessionsDirty) {
      for (const w of saved.warnings) if (!byIndex.has(w.index)) byIndex.set(w.index, w);
    }
    return [...byIndex.values()].sort((a, b) => a.index - b.index);
  }, [liveWarnings, saved.warnings, concessionsDirty]);
  const warnings = useStableJson(mergedWarnings);

  const focusField = (key: string | undefined) => {
    if (!key) return;
    rootRef.current?.querySelector<HTMLElement>(`[data-path="${key}"]`)?.focus();
  };

  function reset(next: NegotiationSheet) {
    const draft = toDraft(next);
    setSaved({ draft, version: next.version, warnings: next.warnings });
    setValues(draft);
    setTouched(new Set());
    setServerErrors({});
    setAttempted(false);
    setProblem(null);
  }

  /** Saves the changed sections; true when nothing is left unsaved. */
  async function save(): Promise<boolean> {
    setAttempted(true);
    if (clientIssues.length > 0) {
      const { byField, general } = splitIssues(clientIssues, fieldOf);
      setProblem({ kind: 'refused', general });
      focusField(Object.keys(byField)[0]);
      return false;
    }
    const changes = changed;
    if (!dirty) return true;
    setProblem(null);
    try {
      const next = await update.mutateAsync({ id: sheet.id, version: saved.version, ...changes });
      dirtyRef.current = false;
      reset(next);
      setJustSaved(true);
      draft.clear();
      return true;
    } catch (error) {
      const refusal = refusalOf(error, fieldOf);
      if (refusal.problem.kind === 'refused') setServerErrors(refusal.byField);
      setProblem(refusal.problem);
      focusField(Object.keys(refusal.byField)[0]);
      return false;
    }
  }

  /** Back to the saved sheet: the edits and their draft go. */
  function discard() {
    dirtyRef.current = false;
    setValues(saved.draft);
    setTouched(new Set());
    setServerErrors({});
    setAttempted(false);
    setProblem(null);
    draft.clear();
  }

  useDirtyForm(dirty, {
    isDirty: () => dirtyRef.current,
    save,
    discard,
    element: () => rootRef.current,
  });

  /** After a conflict: the latest version replaces the edits. */
  const reloadSheet = useTask(() => reloadQuery(negotiationQueries.sheet(sheet.id)), {
    onSuccess: (fresh) => reset(fresh),
    onError: (error) =>
      setProblem({ kind: 'failed', code: error instanceof RpcError ? error.code : 'internal' }),
  });

  return {
    values,
    actions,
    errors,
    sectionErrors,
    warnings,
    dirty,
    justSaved,
    saving: update.isPending,
    problem,
    save,
    discard,
    draft,
    reload: () => reloadSheet.mutateAsync().catch(() => undefined),
    reloading: reloadSheet.isPending,
  };
}

export type SheetFormState = ReturnType<typeof useSheetForm>;
