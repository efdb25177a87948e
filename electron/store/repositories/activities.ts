import type Database from 'better-sqlite3-multiple-ciphers';
import type { Activity } from '../../../shared/activities.ts';
import { columnSql } from './sql.ts';

/** Mirrors the activities table exactly; person_ids is JSON. */
type ActivityRow = {
  id: string;
  account_id: string;
  opportunity_id: string | null;
  kind: Activity['kind'];
  date: string;
  person_ids: string;
  summary: string;
  promises: string;
  next_step: string;
  next_date: string | null;
  owner: string;
  version: number;
  created_at: string;
  updated_at: string;
};

function toActivity(row: ActivityRow): Activity {
  return {
    id: row.id,
    accountId: row.account_id,
    opportunityId: row.opportunity_id,
    kind: row.kind,
    date: row.date,
    personIds: JSON.parse(row.person_ids) as string[],
    summary: row.summary,
    promises: row.promises,
    nextStep: row.next_step,
    nextDate: row.next_date,
    owner: row.owner,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(a: Activity): ActivityRow {
  return {
    id: a.id,
    account_id: a.accountId,
    opportunity_id: a.opportunityId,
    kind: a.kind,
    date: a.date,
    person_ids: JSON.stringify(a.personIds),
    summary: a.summary,
    promises: a.promises,
    next_step: a.nextStep,
    next_date: a.nextDate,
    owner: a.owner,
    version: a.version,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}

const SQL = columnSql<ActivityRow>({
  id: true,
  account_id: true,
  opportunity_id: true,
  kind: true,
  date: true,
  person_ids: true,
  summary: true,
  promises: true,
  next_step: true,
  next_date: true,
  owner: true,
  version: true,
  created_at: true,
  updated_at: true,
});

export type ActivityFilter = {
  accountId: string | null;
  opportunityId: string | null;
  personId: string | null;
  from: string | null;
  to: string | null;
  limit: number;
};

export type ActivitiesRepo = ReturnType<typeof createActivitiesRepo>;

export function createActivitiesRepo(db: Database.Database) {
  const getStmt = db.prepare<[string], ActivityRow>('SELECT * FROM activities WHERE id = ?');
  // Newest first; a null filter matches everything.
  const listStmt = db.prepare<ActivityFilter, ActivityRow>(`
    SELECT * FROM activities
    WHERE (@accountId IS NULL OR account_id = @accountId)
      AND (@opportunityId IS NULL OR opportunity_id = @opportunityId)
      AND (@personId IS NULL OR EXISTS (SELECT 1 FROM json_each(person_ids) WHERE value = @personId))
      AND (@from IS NULL OR date >= @from)
      AND (@to IS NULL OR date <= @to)
    ORDER BY date DESC, created_at DESC, id
    LIMIT @limit`);
  const insertStmt = db.prepare<ActivityRow>(
    `INSERT INTO activities (${SQL.columns}) VALUES (${SQL.params})`,
  );
  const updateStmt = db.prepare<ActivityRow>(
    `UPDATE activities SET ${SQL.assignments} WHERE id = @id`,
  );

  return {
    get(id: string): Activity | undefined {
      const row = getStmt.get(id);
      return row && toActivity(row);
    },
    list(filter: ActivityFilter): Activity[] {
      return listStmt.all(filter).map(toActivity);
    },
    insert(activity: Activity): void {
      insertStmt.run(toRow(activity));
    },
    update(activity: Activity): void {
      updateStmt.run(toRow(activity));
    },
  };
}
