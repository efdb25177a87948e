import type { ChannelArgs } from '../../shared/channels.ts';
import { AppError } from '../../shared/errors.ts';
import {
  describeStep,
  type UndoableEntity,
  type UndoState,
  type UndoStep,
} from '../../shared/history.ts';
import { makeIssue, type IssueCode } from '../../shared/issues.ts';
import type { Change } from '../../shared/schemas.ts';
import type { HandlersOf } from '../handlers.ts';
import type { StepChange, StoredStep } from '../store/repositories/undoSteps.ts';
import { sameValue, writeTransaction, type ServiceContext } from './common.ts';
import { createPositionWriter } from './mapPositions.ts';
import {
  settingsKind,
  stageConfirmationKind,
  stageEvidenceKind,
  tableKind,
  type Fields,
  type Kind,
  type StoredRecord,
} from './historyKinds.ts';

export type HistoryService = ReturnType<typeof createHistoryService>;

type HistoryEntity = Change['entity'];
/** One record's part of a step: its fields before the step and after it (absent: no record). */
type Net = {
  entity: HistoryEntity;
  id: string;
  fromAbsent: boolean;
  toAbsent: boolean;
  from: Fields;
  to: Fields;
};

function refuse(code: IssueCode, status: 'conflict' | 'not_found' = 'conflict'): AppError {
  const issue = makeIssue([], code);
  return new AppError(status, issue.message, [issue]);
}

/** An entry erasure blanked (electron/services/erasure.ts): its fields are gone. */
function isErased(entry: StepChange): boolean {
  return entry.before === null && entry.after.erased === true && 'erasedAt' in entry.after;
}

function isConstraint(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}

export function createHistoryService({ db, now, repos, writer }: ServiceContext) {
  const { changes, imports, undoSteps } = repos;
  const placing = createPositionWriter(repos);
  const stored = <T>(record: T | undefined) => record as StoredRecord | undefined;
  const deleter = (table: 'competitors' | 'negotiations' | 'stage_sets') => {
    const statement = db.prepare<[string]>(`DELETE FROM ${table} WHERE id = ?`);
    return { remove: (record: { id: string }) => void statement.run(record.id) };
  };

  // Every kind undo writes back (shared/history.ts); map positions, which have no version, are
  // moved by movePosition.
  const kinds: Record<Exclude<UndoableEntity, 'map_position'>, Kind> = {
    account: tableKind(repos.accounts, imports.remover('account')),
    person: tableKind(repos.people, imports.remover('person')),
    opportunity: tableKind(repos.opportunities, imports.remover('opportunity')),
    activity: tableKind(repos.activities, imports.remover('activity')),
    competitor: tableKind(repos.competitors, deleter('competitors')),
    negotiation: tableKind(repos.negotiations, deleter('negotiations')),
    stage_set: tableKind(repos.stageSets, deleter('stage_sets')),
    influence_line: tableKind(repos.influenceLines),
    criterion: tableKind(repos.criteria),
    deal_competitor: tableKind(repos.dealCompetitors),
    committee_member: {
      get(id) {
        const row = repos.committeeMembers.get(id);
        return row && row.removedAt === null ? stored(row.member) : undefined;
      },
      removed(id) {
        const row = repos.committeeMembers.get(id);
        return row && row.removedAt !== null ? stored(row.member) : undefined;
      },
      table: repos.committeeMembers,
      remover: repos.committeeMembers,
    },
    swot: tableKind(repos.swots),
    deal_outcome: tableKind(repos.dealOutcomes),
    // A deal's evaluation and an account's grading have the deal's or account's id.
    deal_evaluation: tableKind(repos.evaluations),
    account_scoring: tableKind(repos.accountScoring),
    stage_evidence: stageEvidenceKind(repos),
    stage_confirmation: stageConfirmationKind(repos),
    settings: settingsKind(repos),
    // No remover: a member added by a write stays in the team when the write is undone, since
    // later records may carry the same owner name.
    team_member: tableKind(repos.teamMembers, null),
  };

  /** Each record the step wrote, in the order it first wrote them. */
  function netOf(entries: readonly StepChange[]): Net[] {
    const byRecord = new Map<string, Net>();
    for (const c of entries) {
      const key = `${c.entity}:${c.entityId}`;
      let net = byRecord.get(key);
      if (!net) {
        net = {
          entity: c.entity,
          id: c.entityId,
          fromAbsent: c.action === 'create',
          toAbsent: false,
          from: {},
          to: {},
        };
        byRecord.set(key, net);
      }
      // The first value seen before the step is the one undo goes back to.
      if (!net.fromAbsent) {
        for (const [field, value] of Object.entries(c.before ?? {})) {
          if (!Object.hasOwn(net.from, field)) net.from[field] = value;
        }
      }
      if (c.action === 'delete') net.toAbsent = true;
      else {
        net.toAbsent = false;
        Object.assign(net.to, c.after);
      }
    }
    return [...byRecord.values()];
  }

  /**
   * Brings a card's position (the entry's id is the person's) from `expected` to `target`, or
   * refuses when a later drag or re-layout moved it since.
   */
  function movePosition(
    personId: string,
    expected: { absent: boolean; fields: Fields },
    target: { absent: boolean; fields: Fields },
  ): void {
    const current = repos.mapPositions.get(personId);
    if (expected.absent !== (current === undefined)) throw refuse('undo_changed_later');
    if (current) {
      for (const [field, value] of Object.entries(expected.fields)) {
        if (field in current && !sameValue(current[field as keyof typeof current], value)) {
          throw refuse('undo_changed_later');
        }
      }
    }
    const accountId = current?.accountId ?? target.fields.accountId;
    if (typeof accountId !== 'string') throw refuse('undo_record_gone');
    if (!repos.people.get(personId)) throw refuse('undo_record_gone');
    const at = now().toISOString();
    if (target.absent) placing.forget(accountId, personId, at);
    else {
      const { x, y } = { ...current, ...target.fields } as { x: number; y: number };
      placing.place(accountId, { personId, x, y }, at);
    }
  }

  /** Brings one record from the `expected` state to the `target` one, or refuses. */
  function move(
    net: Net,
    expected: { absent: boolean; fields: Fields },
    target: { absent: boolean; fields: Fields },
    removedIds: { person: string[]; opportunity: string[] },
  ): void {
    if (expected.absent && target.absent) return;
    if (net.entity === 'map_position') return movePosition(net.id, expected, target);
    const kind = net.entity in kinds ? kinds[net.entity as keyof typeof kinds] : undefined;
    if (!kind) throw refuse('undo_unsupported');
    const table = kind.table;
    const current = kind.get(net.id);
    if (expected.absent) {
      if (current) throw refuse('undo_record_back');
      const removed = kind.removed?.(net.id);
      if (removed) {
        writer.restore(
          net.entity,
          table,
          removed as never,
          {
            ...removed,
            ...target.fields,
          } as never,
        );
      } else {
        writer.insert(net.entity, table, { ...writer.stamp(target.fields), id: net.id } as never);
      }
      return;
    }
    if (!current) throw refuse('undo_record_gone');
    for (const [field, value] of Object.entries(expected.fields)) {
      if (!sameValue(current[field], value)) throw refuse('undo_changed_later');
    }
    if (target.absent) {
      if (!kind.remover) throw refuse('undo_unsupported');
      writer.remove(net.entity, kind.remover as never, current as never);
      if (net.entity === 'person') removedIds.person.push(net.id);
      if (net.entity === 'opportunity') removedIds.opportunity.push(net.id);
      if (net.entity === 'account' || net.entity === 'person' || net.entity === 'opportunity') {
        imports.dropRefsOf(net.id);
      }
      return;
    }
    writer.update(net.entity, table, current as never, { ...current, ...target.fields } as never);
  }

  /** Undoes or redoes one step in one transaction; history records the undo itself. */
  function apply(which: 'undo' | 'redo', stepId: number | undefined): UndoStep {
    return writeTransaction(db, () => {
      const step =
        stepId === undefined
          ? which === 'undo'
            ? undoSteps.lastDone()
            : undoSteps.nextRedo()
          : undoSteps.get(stepId);
      if (!step) throw refuse(which === 'undo' ? 'undo_nothing' : 'redo_nothing', 'not_found');
      if (step.state !== (which === 'undo' ? 'done' : 'undone')) {
        throw refuse(which === 'undo' ? 'undo_not_now' : 'redo_not_now');
      }
      const described = describe(step);
      const entries = undoSteps.changesOf(step.id);
      // Erasure blanks the entries naming an erased person: what they held is gone for good.
      if (entries.length === 0 || entries.some(isErased)) throw refuse('undo_record_gone');
      const nets = netOf(entries);
      // Records a step removed may be referred to by others it removed: checked at the end.
      db.pragma('defer_foreign_keys = ON');
      const removedIds = { person: [] as string[], opportunity: [] as string[] };
      try {
        // Undo goes back in reverse order (children before the records they belong to).
        for (const net of which === 'undo' ? [...nets].reverse() : nets) {
          const before = { absent: net.fromAbsent, fields: net.from };
          const after = { absent: net.toAbsent, fields: net.to };
          if (which === 'undo') move(net, after, before, removedIds);
          else move(net, before, after, removedIds);
        }
      } catch (error) {
        if (isConstraint(error)) throw refuse('undo_clash');
        throw error;
      }
      const named =
        removedIds.person.length + removedIds.opportunity.length === 0
          ? 0
          : imports.jsonReferences(removedIds.person, removedIds.opportunity, []);
      if (named > 0 || imports.danglingReferences() > 0) throw refuse('undo_referenced');
      undoSteps.setState(step.id, which === 'undo' ? 'undone' : 'done', now().toISOString());
      return described;
    });
  }

  /** The step as menus and toasts name it; its main record's current name when it has one. */
  function describe(step: StoredStep): UndoStep {
    const entries = undoSteps.changesOf(step.id);
    const named = describeStep(entries.map((c) => ({ ...c, after: c.after })));
    const head = entries.find((c) => c.entity === named?.entity);
    const kind =
      head && head.entity in kinds ? kinds[head.entity as keyof typeof kinds] : undefined;
    // A card's move is named after its person.
    const record =
      head?.entity === 'map_position'
        ? repos.people.get(head.entityId)
        : head && kind?.get(head.entityId);
    const name = record?.name ?? head?.after.name ?? head?.before?.name;
    return {
      id: step.id,
      action: named?.action ?? 'update',
      entity: named?.entity ?? 'settings',
      name: typeof name === 'string' ? name : null,
      records: named?.records ?? 0,
    };
  }

  function state(): UndoState {
    const undo = undoSteps.lastDone();
    const redo = undoSteps.nextRedo();
    return { undo: undo ? describe(undo) : null, redo: redo ? describe(redo) : null };
  }

  return {
    /**
     * Newest first. `since` may carry any offset; stored times are UTC, so it is normalised before
     * comparing. An entry written by an import names it.
     */
    list({ entity, entityId, since, limit }: ChannelArgs<'history.list'>): Change[] {
      const names = new Map<string, string>();
      return changes
        .list({
          entity: entity ?? null,
          entityId: entityId ?? null,
          since: since === undefined ? null : new Date(since).toISOString(),
          limit,
        })
        .map(({ importId, ...change }) => {
          if (importId === undefined) return change;
          if (!names.has(importId)) names.set(importId, imports.get(importId)?.name ?? '');
          return { ...change, import: { id: importId, name: names.get(importId)! } };
        });
    },
    /**
     * Takes a step back: the newest, or the one given (a toast's). Refused, changing nothing, when
     * a field it set was changed since, a record it wrote is gone, or something now refers to a
     * record it created.
     */
    undo({ stepId }: ChannelArgs<'history.undo'>) {
      const step = apply('undo', stepId);
      return { step, state: state() };
    },
    /** Brings the last undone step (or the one given) back, under the same conditions. */
    redo({ stepId }: ChannelArgs<'history.redo'>) {
      const step = apply('redo', stepId);
      return { step, state: state() };
    },
    undoState: (): UndoState => state(),
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function historyHandlers(s: HistoryService): HandlersOf<'history'> {
  return {
    'history.list': (input) => s.list(input),
    'history.undo': (input) => s.undo(input),
    'history.redo': (input) => s.redo(input),
    'history.undoState': () => s.undoState(),
  };
}
