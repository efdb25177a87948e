import { useForm, type UseFormReturnType } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import {
  createElement,
  useCallback,
  useMemo,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import type { Issue } from '../../../../shared/issues.ts';
import type { ConcessionWarning, NegotiationSheet } from '../../../../shared/negotiation.ts';
import { invoke } from '../../../api/invoke.ts';
import { RpcError } from '../../../api/RpcError.ts';
import type { FormProblem } from '../../../ui/form/FormProblem.ts';
import { IssueMessage } from '../../../ui/form/IssueMessage.tsx';
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

export type SheetForm = UseFormReturnType<SheetDraft>;

/** The fields of each row the editor shows, so a refusal lands next to the right control. */
const ROW_FIELDS: Partial<Record<DraftField, readonly string[]>> = {
  objectives: ['term', 'direction', 'ideal', 'target', 'walkAway', 'unit'],
  issues: [
    'key',
    'label',
    'ourPriority',
    'theirPriority',
    'opening',
    'limit',
    'direction',
    'openingValue',
    'limitValue',
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

/** The contract's text limits (shared/negotiation.ts), so that typing stops where saving would fail. */
const MAX_LENGTH: Record<string, number> = {
  title: 200,
  term: 200,
  unit: 20,
  label: 100,
  opening: 500,
  limit: 500,
  trade: 1000,
  give: 500,
  get: 500,
  name: 100,
  ourBatna: 4000,
  theirBatna: 4000,
  agenda: 4000,
  risks: 4000,
  outcome: 8000,
};

/** The contract's row limits. */
export const MAX_ROWS = { objectives: 20, issues: 40, concessions: 40, attendees: 40 } as const;

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
  const queryClient = useQueryClient();
  const update = useUpdateNegotiation();
  const [saved, setSaved] = useState(() => ({
    draft: toDraft(sheet),
    version: sheet.version,
    warnings: sheet.warnings,
  }));
  const [serverErrors, setServerErrors] = useState<Record<string, Issue>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [justSaved, setJustSaved] = useState(false);

  const form = useForm<SheetDraft>({
    mode: 'controlled',
    initialValues: saved.draft,
    onValuesChange: (values, previous) => {
      setJustSaved(false);
      const changed = DRAFT_FIELDS.filter(
        (f) => JSON.stringify(values[f]) !== JSON.stringify(previous[f]),
      );
      if (changed.length === 0) return;
      // A refusal is about the values it was given: editing that section retires it.
      setServerErrors((old) => {
        const kept = Object.entries(old).filter(
          ([key]) => !changed.includes(topOf(key) as DraftField),
        );
        return kept.length === Object.keys(old).length ? old : Object.fromEntries(kept);
      });
    },
  });
  const values = form.values;

  const clientIssues = useMemo(() => draftIssues(values, memberIds), [values, memberIds]);
  const liveWarnings = useMemo(() => draftWarnings(values), [values]);

  const clientErrors = useMemo(() => {
    const out: Record<string, Issue> = {};
    for (const issue of clientIssues) {
      const key = fieldOf(issue.path);
      if (key === null) continue;
      // "Required" waits for a save or for the field to be visited; broken rules show at once.
      if (issue.code === 'required' && !attempted && !form.isTouched(key)) continue;
      out[key] ??= issue;
    }
    return out;
    // form.isTouched reads state that changes with values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [clientIssues, attempted, values]);

  const errorFor = useCallback(
    (key: string): ReactNode => {
      const issue = serverErrors[key] ?? clientErrors[key];
      return issue ? createElement(IssueMessage, { issue }) : undefined;
    },
    [serverErrors, clientErrors],
  );

  const dirty = form.isDirty();
  const concessionsDirty = form.isDirty('concessions') || form.isDirty('issues');

  /** Server warnings hold for the saved sheet; the live check covers the edits since. */
  const warnings: ConcessionWarning[] = useMemo(() => {
    const byIndex = new Map(liveWarnings.map((w) => [w.index, w]));
    if (!concessionsDirty)
      for (const w of saved.warnings) if (!byIndex.has(w.index)) byIndex.set(w.index, w);
    return [...byIndex.values()].sort((a, b) => a.index - b.index);
  }, [liveWarnings, saved.warnings, concessionsDirty]);

  const focusField = (key: string | undefined) => {
    if (!key) return;
    const node = rootRef.current?.querySelector<HTMLElement>(`[data-path="${key}"]`);
    node?.focus();
  };

  function reset(next: NegotiationSheet) {
    const draft = toDraft(next);
    setSaved({ draft, version: next.version, warnings: next.warnings });
    form.setInitialValues(draft);
    form.setValues(draft);
    form.resetDirty(draft);
    form.resetTouched();
    setServerErrors({});
    setAttempted(false);
    setProblem(null);
  }

  async function save() {
    setAttempted(true);
    const first = clientIssues.map((i) => fieldOf(i.path)).find((k) => k !== null);
    if (clientIssues.length > 0) {
      const general = clientIssues.filter((i) => fieldOf(i.path) === null);
      setProblem({ kind: 'refused', general });
      focusField(first ?? undefined);
      return;
    }
    const changes = changedFields(values, saved.draft);
    if (Object.keys(changes).length === 0) return;
    setProblem(null);
    try {
      const next = await update.mutateAsync({ id: sheet.id, version: saved.version, ...changes });
      reset(next);
      setJustSaved(true);
    } catch (error) {
      if (error instanceof RpcError && error.issues.length > 0) {
        const byField: Record<string, Issue> = {};
        const general: Issue[] = [];
        for (const issue of error.issues) {
          const key = fieldOf(issue.path);
          if (key === null) general.push(issue);
          else byField[key] ??= issue;
        }
        setServerErrors(byField);
        setProblem({ kind: 'refused', general });
        focusField(Object.keys(byField)[0]);
      } else if (error instanceof RpcError && error.code === 'conflict') {
        setProblem({ kind: 'stale' });
      } else {
        setProblem({ kind: 'failed', code: error instanceof RpcError ? error.code : 'internal' });
      }
    }
  }

  /** After a conflict: the latest version replaces the edits. */
  async function reload() {
    setReloading(true);
    try {
      const fresh = await invoke('negotiations.get', { id: sheet.id });
      queryClient.setQueryData(negotiationQueries.sheet(fresh.id).queryKey, fresh);
      reset(fresh);
    } catch (error) {
      setProblem({ kind: 'failed', code: error instanceof RpcError ? error.code : 'internal' });
    } finally {
      setReloading(false);
    }
  }

  /** A control's props: value and change handler from the form, the error from the rules. */
  const bind = (key: string) => {
    const maxLength = MAX_LENGTH[key.split('.').at(-1) ?? key];
    return {
      ...form.getInputProps(key),
      error: errorFor(key),
      'data-path': key,
      ...(maxLength === undefined ? {} : { maxLength }),
    };
  };

  return {
    form,
    values,
    bind,
    errorFor,
    warnings,
    dirty,
    justSaved,
    saving: update.isPending,
    problem,
    save,
    reload,
    reloading,
  };
}

export type SheetFormState = ReturnType<typeof useSheetForm>;
