import type Database from 'better-sqlite3-multiple-ciphers';

// The SQL of erasing people and accounts for good (services/erasure.ts runs it in one
// transaction). Sets of ids travel as JSON arrays and are read with json_each.

type Ids = { ids: string };
type IdRow = { id: string };

/** Tables holding a deal's dependants, each deleted with the deal (all have opportunity_id). */
const DEAL_DEPENDANTS = [
  'activities',
  'committee_members',
  'criteria',
  'deal_competitors',
  'deal_outcomes',
  'negotiations',
  'stage_confirmations',
  'swots',
] as const;
/** Deal dependants keyed by the deal itself (their history entries carry the deal's id). */
const DEAL_KEYED = ['deal_evaluations', 'stage_evidence'] as const;

/** Columns naming other records: never rewritten when a name is scrubbed from free text. */
const NAME_COLUMNS = new Set(['name', 'name_key', 'name_zh', 'name_en']);
// Times the review-queue triggers (0018) derive from other rows: no free text, never rewritten.
const DERIVED_COLUMNS = new Set(['review_stage_at', 'review_touched_at', 'review_moved_at']);

/** One table's text columns, and whether it keeps a version (edited rows get a new one). */
export type TextTable = { table: string; columns: string[]; versioned: boolean };

export type TextRow = { rid: number } & Record<string, string | null>;

export type ChangeRow = {
  id: number;
  entity_id: string;
  before: string | null;
  after: string;
};

export type ErasureRepo = ReturnType<typeof createErasureRepo>;

export function createErasureRepo(db: Database.Database) {
  const inIds = 'IN (SELECT value FROM json_each(@ids))';
  const hasId = (column: string) =>
    `EXISTS (SELECT 1 FROM json_each(${column}) WHERE value ${inIds})`;
  // JSON arrays of objects that name a person: keep the elements naming someone else.
  const withoutPeople = (column: string) =>
    `(SELECT json_group_array(json(value)) FROM json_each(${column})
      WHERE json_extract(value, '$.personId') IS NULL
         OR json_extract(value, '$.personId') NOT ${inIds})`;
  const namesPerson = (column: string) =>
    `EXISTS (SELECT 1 FROM json_each(${column}) WHERE json_extract(value, '$.personId') ${inIds})`;
  const bump = 'version = version + 1, updated_at = @at';

  const dealDependants = DEAL_DEPENDANTS.map((table) =>
    db.prepare<Ids, IdRow>(`DELETE FROM ${table} WHERE opportunity_id ${inIds} RETURNING id`),
  );
  const dealKeyed = DEAL_KEYED.map((table) =>
    db.prepare<Ids>(`DELETE FROM ${table} WHERE opportunity_id ${inIds}`),
  );
  const stmts = {
    peopleOfAccount: db.prepare<[string], IdRow & { name: string }>(
      'SELECT id, name FROM people WHERE account_id = ?',
    ),
    dealsOfAccount: db.prepare<[string], IdRow & { name: string }>(
      'SELECT id, name FROM opportunities WHERE account_id = ?',
    ),
    committeeOf: db.prepare<Ids, IdRow>(
      `DELETE FROM committee_members WHERE person_id ${inIds} RETURNING id`,
    ),
    linesOf: db.prepare<Ids, IdRow>(
      `DELETE FROM influence_lines
       WHERE from_person_id ${inIds} OR to_person_id ${inIds} RETURNING id`,
    ),
    positionsOf: db.prepare<Ids>(`DELETE FROM map_positions WHERE person_id ${inIds}`),
    reportsTo: db.prepare<Ids & { at: string }>(`
      UPDATE people SET
        manager_id = CASE WHEN manager_id ${inIds} THEN NULL ELSE manager_id END,
        second_manager_id = CASE WHEN second_manager_id ${inIds} THEN NULL ELSE second_manager_id END,
        ${bump}
      WHERE (manager_id ${inIds} OR second_manager_id ${inIds}) AND NOT (id ${inIds})`),
    activityAttendees: db.prepare<Ids & { at: string }>(`
      UPDATE activities SET
        person_ids = (SELECT json_group_array(value) FROM json_each(person_ids) WHERE value NOT ${inIds}),
        ${bump}
      WHERE ${hasId('person_ids')}`),
    negotiationAttendees: db.prepare<Ids & { at: string }>(`
      UPDATE negotiations SET attendees = ${withoutPeople('attendees')}, ${bump}
      WHERE ${namesPerson('attendees')}`),
    repRelations: db.prepare<Ids & { at: string }>(`
      UPDATE deal_competitors SET rep_relations = ${withoutPeople('rep_relations')}, ${bump}
      WHERE ${namesPerson('rep_relations')}`),
    deletePeople: db.prepare<Ids, IdRow>(`DELETE FROM people WHERE id ${inIds} RETURNING id`),
    // People of one account may report to each other: their lines go first.
    unlinkPeople: db.prepare<Ids>(
      `UPDATE people SET manager_id = NULL, second_manager_id = NULL WHERE id ${inIds}`,
    ),
    accountActivities: db.prepare<[string], IdRow>(
      'DELETE FROM activities WHERE account_id = ? RETURNING id',
    ),
    accountLines: db.prepare<[string], IdRow>(
      'DELETE FROM influence_lines WHERE account_id = ? RETURNING id',
    ),
    deleteDeals: db.prepare<Ids, IdRow>(`DELETE FROM opportunities WHERE id ${inIds} RETURNING id`),
    deleteAccount: db.prepare<[string]>('DELETE FROM accounts WHERE id = ?'),
    snapshotsNaming: db.prepare<Ids, { id: string; lines: string }>(`
      SELECT id, lines FROM forecast_snapshots
      WHERE EXISTS (SELECT 1 FROM json_each(lines)
                    WHERE json_extract(value, '$.opportunityId') ${inIds})`),
    markChange: db.prepare<{ id: number; entityId: string; after: string }>(
      'UPDATE changes SET entity_id = @entityId, before = NULL, after = @after WHERE id = @id',
    ),
    // The search index (search_*) holds keys, not text: it follows the rewritten records itself.
    textTables: db.prepare<[], { name: string }>(`
      SELECT name FROM sqlite_schema
      WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search\\_%' ESCAPE '\\'
        AND name <> 'changes' ORDER BY name`),
    // The search and review-column (0018) triggers stay: a rewritten title must reach the index,
    // and a rewritten row's new updated_at the review queue.
    triggersOf: db.prepare<[string], { name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?
         AND name NOT LIKE '%\\_search\\_%' ESCAPE '\\'
         AND name NOT LIKE '%\\_review\\_%' ESCAPE '\\'`,
    ),
  };
  const ids = (list: readonly string[]) => ({ ids: JSON.stringify(list) });
  const idsOf = (rows: IdRow[]) => rows.map((r) => r.id);

  /**
   * Rows of `table` whose `columns` (joined, so no match spans two) pass `mentions`: each row is
   * tested once, in JavaScript, through a SQL function defined for this scan, instead of one
   * instr() per column and needle.
   */
  function matching<Row>(
    table: string,
    columns: readonly string[],
    select: string,
    mentions: (text: string) => boolean,
  ): Row[] {
    db.function('erasure_mentions', { deterministic: true }, (text: unknown) =>
      typeof text === 'string' && mentions(text) ? 1 : 0,
    );
    const joined = columns.map((c) => `coalesce(${c}, '')`).join(' || char(31) || ');
    return db
      .prepare<[], Row>(`SELECT ${select} FROM "${table}" WHERE erasure_mentions(${joined})`)
      .all();
  }

  /** Runs `fn` with the table's triggers dropped (immutable snapshots still have to forget). */
  function withoutTriggers(table: string, fn: () => void): void {
    const triggers = stmts.triggersOf.all(table);
    for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
    fn();
    for (const t of triggers) db.exec(t.sql);
  }

  return {
    peopleOfAccount: (accountId: string) => stmts.peopleOfAccount.all(accountId),
    dealsOfAccount: (accountId: string) => stmts.dealsOfAccount.all(accountId),

    /** Deletes the deals and all of theirs; the ids of every deleted row (for history). */
    deleteDeals(dealIds: readonly string[]) {
      const removed: Record<(typeof DEAL_DEPENDANTS)[number], string[]> = Object.fromEntries(
        DEAL_DEPENDANTS.map((table, i) => [table, idsOf(dealDependants[i]!.all(ids(dealIds)))]),
      ) as Record<(typeof DEAL_DEPENDANTS)[number], string[]>;
      for (const stmt of dealKeyed) stmt.run(ids(dealIds));
      const deals = idsOf(stmts.deleteDeals.all(ids(dealIds)));
      return { removed, deals };
    },

    /** Removes everything naming these people elsewhere, then the people themselves. */
    deletePeople(personIds: readonly string[], at: string) {
      const set = ids(personIds);
      const committee = idsOf(stmts.committeeOf.all(set));
      const lines = idsOf(stmts.linesOf.all(set));
      const positions = stmts.positionsOf.run(set).changes;
      const reportingLines = stmts.reportsTo.run({ ...set, at }).changes;
      const activities = stmts.activityAttendees.run({ ...set, at }).changes;
      const negotiations = stmts.negotiationAttendees.run({ ...set, at }).changes;
      const repRelations = stmts.repRelations.run({ ...set, at }).changes;
      stmts.unlinkPeople.run(set);
      const people = idsOf(stmts.deletePeople.all(set));
      return {
        committee,
        lines,
        positions,
        reportingLines,
        activities,
        negotiations,
        repRelations,
        people,
      };
    },

    /** What is left of an account once its deals and people are gone (its grading aside). */
    deleteAccountRest(accountId: string) {
      const activities = idsOf(stmts.accountActivities.all(accountId));
      const lines = idsOf(stmts.accountLines.all(accountId));
      return { activities, lines };
    },
    deleteAccount(accountId: string): void {
      stmts.deleteAccount.run(accountId);
    },

    /** Forecast snapshots with lines of these deals; `rewrite` gives each one's new lines. */
    rewriteSnapshots(dealIds: readonly string[], rewrite: (lines: string) => string): number {
      const rows = stmts.snapshotsNaming.all(ids(dealIds));
      if (rows.length === 0) return 0;
      withoutTriggers('forecast_snapshots', () => {
        const update = db.prepare<{ id: string; lines: string }>(
          'UPDATE forecast_snapshots SET lines = @lines WHERE id = @id',
        );
        for (const row of rows) update.run({ id: row.id, lines: rewrite(row.lines) });
      });
      return rows.length;
    },

    /** History entries whose record id or values `mentions` finds something in. */
    changesMatching(mentions: (text: string) => boolean): ChangeRow[] {
      return matching<ChangeRow>(
        'changes',
        ['entity_id', 'before', 'after'],
        'id, entity_id, before, after',
        mentions,
      );
    },
    markChange: (id: number, entityId: string, after: string) =>
      stmts.markChange.run({ id, entityId, after }),

    /** Every table's free-text columns (names of other records left out), history aside. */
    textTables(): TextTable[] {
      return stmts.textTables.all().flatMap(({ name }) => {
        const info = db.pragma(`table_info("${name}")`) as { name: string; type: string }[];
        const columns = info
          .filter(
            (c) =>
              c.type.toUpperCase() === 'TEXT' &&
              !NAME_COLUMNS.has(c.name) &&
              !DERIVED_COLUMNS.has(c.name),
          )
          .map((c) => c.name);
        const versioned = info.some((c) => c.name === 'version');
        return columns.length === 0 ? [] : [{ table: name, columns, versioned }];
      });
    },
    /** Rows of the table whose text columns `mentions` finds something in. */
    rowsMatching(t: TextTable, mentions: (text: string) => boolean): TextRow[] {
      const columns = t.columns.map((c) => `"${c}"`);
      return matching<TextRow>(t.table, columns, ['rowid AS rid', ...columns].join(', '), mentions);
    },
    /** Writes rewritten text columns back (a new version where the table keeps one). */
    rewriteRows(t: TextTable, rows: TextRow[], at: string): void {
      if (rows.length === 0) return;
      const sets = t.columns.map((c) => `"${c}" = @${c}`);
      if (t.versioned) sets.push('version = version + 1', 'updated_at = @at');
      withoutTriggers(t.table, () => {
        const update = db.prepare(`UPDATE "${t.table}" SET ${sets.join(', ')} WHERE rowid = @rid`);
        for (const row of rows) update.run(t.versioned ? { ...row, at } : row);
      });
    },
    /** Moves the write-ahead log into the file and empties it, so it keeps no erased page. */
    checkpoint(): void {
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}
