import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/errors.ts';
import { makeIssue, type Issue } from '../../shared/issues.ts';
import type { Account, Change, Opportunity } from '../../shared/schemas.ts';
import type { AccountsRepo } from '../store/repositories/accounts.ts';
import type { OpportunitiesRepo } from '../store/repositories/opportunities.ts';
import { createChangesRepo } from '../store/repositories/changes.ts';
import { flushSearchIndex } from '../store/searchIndex.ts';
import type { Repositories } from '../store/repositories/index.ts';
import type { TeamMembersRepo } from '../store/repositories/teamMembers.ts';
import type { TeamMember } from '../../shared/team.ts';
import { withTeamOwners } from './teamOwners.ts';

/**
 * What every service needs: the open workspace, a clock, and the workspace's repositories and
 * history writer, each built once per connection (createServices).
 */
export type ServiceContext = {
  db: Database.Database;
  now: () => Date;
  repos: Repositories;
  writer: RecordWriter;
};

type Versioned = { id: string; version: number; createdAt: string; updatedAt: string };
export type FieldChanges = { before: Record<string, unknown>; after: Record<string, unknown> };

// Kept out of history entries: they change on every write and say nothing about the record.
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt']);

/**
 * Runs `fn` in one IMMEDIATE transaction, so the write lock is taken before anything is read;
 * a throw rolls back every row and history entry written so far. Nested calls become savepoints.
 * The records it wrote are indexed for search before it commits (searchIndex.ts).
 */
export function writeTransaction<T>(db: Database.Database, fn: () => T): T {
  return db
    .transaction(() => {
      const result = fn();
      flushSearchIndex(db);
      return result;
    })
    .immediate();
}

export function notFound(
  what:
    | 'Account'
    | 'Person'
    | 'Opportunity'
    | 'Buying role'
    | 'Influence line'
    | 'Competitor'
    | 'Criterion'
    | 'Negotiation sheet'
    | 'Activity'
    | 'Team member',
): AppError {
  return new AppError('not_found', `${what} not found`);
}

/** The opportunity a request refers to; unknown → not_found. */
export function requireOpportunity(opportunities: OpportunitiesRepo, id: string): Opportunity {
  const opportunity = opportunities.get(id);
  if (!opportunity) throw notFound('Opportunity');
  return opportunity;
}

/** The account a request refers to by `accountId`; unknown → not_found on that field. */
export function requireAccount(accounts: AccountsRepo, accountId: string): Account {
  const account = accounts.get(accountId);
  if (!account) {
    throw new AppError('not_found', 'Account not found', [
      makeIssue(['accountId'], 'account_not_found'),
    ]);
  }
  return account;
}

/** New people and opportunities need an existing account that is not archived. */
export function requireOpenAccount(accounts: AccountsRepo, accountId: string): void {
  if (requireAccount(accounts, accountId).archived) {
    const issue = makeIssue(['accountId'], 'account_archived');
    throw new AppError('invalid_input', issue.message, [issue]);
  }
}

/** Refused input: the first issue's message, every issue listed. */
export function invalidInput(issues: Issue[]): AppError {
  return new AppError('invalid_input', issues[0]?.message ?? 'The input is not valid.', issues);
}

/** Optimistic concurrency: the caller must have seen the latest version (0: not saved yet). */
export function checkVersion(
  record: Versioned | undefined,
  version: number,
  what:
    | 'account'
    | 'person'
    | 'opportunity'
    | 'committee member'
    | 'influence line'
    | 'competitor'
    | 'deal competitor'
    | 'criterion'
    | 'outcome'
    | 'SWOT'
    | 'negotiation sheet'
    | 'activity'
    | 'stage set'
    | 'evaluation'
    | 'account grading'
    | 'team member',
): void {
  if ((record?.version ?? 0) !== version) {
    throw new AppError('conflict', `Someone else changed this ${what}; reload it and try again.`);
  }
}

/** The record with the given fields replaced; omitted fields, id and version are kept. */
export function applyPatch<T extends Versioned>(current: T, patch: Partial<T>): T {
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined && !BOOKKEEPING.has(key)) next[key] = value;
  }
  return next as T;
}

/** Structural equality of JSON-like values: list fields and nested objects compare by content. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameValue(item, b[i]))
    );
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]))
  );
}

/** The fields whose values differ, or null when nothing changed. */
export function fieldChanges(before: Versioned, after: Versioned): FieldChanges | null {
  const changes: FieldChanges = { before: {}, after: {} };
  const previous = before as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(after)) {
    if (BOOKKEEPING.has(key) || sameValue(previous[key], value)) continue;
    changes.before[key] = previous[key];
    changes.after[key] = value;
  }
  return Object.keys(changes.after).length === 0 ? null : changes;
}

type Table<T> = { insert(record: T): void; update(record: T): void };

/** The record's own fields, without id, version and timestamps. */
function ownFields(record: Versioned): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !BOOKKEEPING.has(key)));
}

/**
 * Writes versioned records together with their history entry; callers wrap it in writeTransaction.
 * With the team's table, every owner name written is the team member's (spelt as the member's
 * name), and a name not yet in the team adds the member in the same transaction: forms,
 * imports, packages and every other write path bring free text into the team here, in one place.
 */
export function createRecordWriter(
  db: Database.Database,
  now: () => Date,
  changes = createChangesRepo(db),
  team?: TeamMembersRepo,
) {
  /** A new record at version 1, with its id and timestamps. */
  function stamp<F extends object>(fields: F): F & Versioned {
    const at = now().toISOString();
    return { id: crypto.randomUUID(), ...fields, version: 1, createdAt: at, updatedAt: at };
  }

  function insertRecord<T extends Versioned>(
    entity: Change['entity'],
    table: Table<T>,
    record: T,
  ): T {
    table.insert(record);
    changes.insert({
      entity,
      entityId: record.id,
      action: 'create',
      before: null,
      after: ownFields(record),
      at: record.createdAt,
    });
    return record;
  }

  /** The team member an owner name means; a new name joins the team. */
  function memberName(name: string): string {
    if (!team || name === '') return name;
    const member = team.byName(name);
    if (member) return member.name;
    insertRecord(
      'team_member',
      team,
      stamp({ name, role: '', managerId: null, archived: false } satisfies Omit<
        TeamMember,
        keyof Versioned
      >),
    );
    return name;
  }

  return {
    stamp,
    insert<T extends Versioned>(entity: Change['entity'], table: Table<T>, record: T): T {
      return insertRecord(entity, table, withTeamOwners(entity, record, memberName));
    },
    /**
     * Brings a removed record back as `next` (version bumped). History records it as created
     * again, with all its fields, so "added, removed, added" reads as it happened.
     */
    restore<T extends Versioned>(
      entity: Change['entity'],
      table: Table<T>,
      current: T,
      next: T,
    ): T {
      const at = now().toISOString();
      const saved = {
        ...withTeamOwners(entity, next, memberName),
        version: current.version + 1,
        updatedAt: at,
      };
      table.update(saved);
      changes.insert({
        entity,
        entityId: current.id,
        action: 'create',
        before: null,
        after: ownFields(saved),
        at,
      });
      return saved;
    },
    /** Removes a record (the table decides how); history keeps its last fields under `before`. */
    remove<T extends Versioned>(
      entity: Change['entity'],
      table: { remove(record: T): void },
      current: T,
    ): T {
      const at = now().toISOString();
      const saved = { ...current, version: current.version + 1, updatedAt: at };
      table.remove(saved);
      changes.insert({
        entity,
        entityId: current.id,
        action: 'delete',
        before: ownFields(current),
        after: {},
        at,
      });
      return saved;
    },
    /** Saves `next` with version bumped; a change that changes nothing writes nothing. */
    update<T extends Versioned>(entity: Change['entity'], table: Table<T>, current: T, next: T): T {
      const named = withTeamOwners(entity, next, memberName);
      const diff = fieldChanges(current, named);
      if (diff === null) return current;
      const at = now().toISOString();
      const saved = { ...named, version: current.version + 1, updatedAt: at };
      table.update(saved);
      changes.insert({ entity, entityId: current.id, action: 'update', ...diff, at });
      return saved;
    },
  };
}

export type RecordWriter = ReturnType<typeof createRecordWriter>;
