import type Database from 'better-sqlite3-multiple-ciphers';
import type { NegotiationSheet, NegotiationSummary } from '../../../shared/negotiation.ts';
import { columnSql } from './sql.ts';

/** Mirrors the negotiations table exactly; the list fields are JSON. */
type NegotiationRow = {
  id: string;
  opportunity_id: string;
  title: string;
  meeting_date: string | null;
  objectives: string;
  our_batna: string;
  their_batna: string;
  issues: string;
  concessions: string;
  attendees: string;
  agenda: string;
  risks: string;
  principles: string;
  outcome: string;
  version: number;
  created_at: string;
  updated_at: string;
};

/** A sheet as stored: its warnings are computed when it is read. */
export type StoredSheet = Omit<NegotiationSheet, 'warnings'>;

function toStored(row: NegotiationRow): StoredSheet {
  const json = <K extends keyof StoredSheet>(text: string) => JSON.parse(text) as StoredSheet[K];
  return {
    id: row.id,
    opportunityId: row.opportunity_id,
    title: row.title,
    meetingDate: row.meeting_date,
    objectives: json<'objectives'>(row.objectives),
    ourBatna: row.our_batna,
    theirBatna: row.their_batna,
    issues: json<'issues'>(row.issues),
    concessions: json<'concessions'>(row.concessions),
    attendees: json<'attendees'>(row.attendees),
    agenda: row.agenda,
    risks: row.risks,
    principles: json<'principles'>(row.principles),
    outcome: row.outcome,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(s: StoredSheet): NegotiationRow {
  return {
    id: s.id,
    opportunity_id: s.opportunityId,
    title: s.title,
    meeting_date: s.meetingDate,
    objectives: JSON.stringify(s.objectives),
    our_batna: s.ourBatna,
    their_batna: s.theirBatna,
    issues: JSON.stringify(s.issues),
    concessions: JSON.stringify(s.concessions),
    attendees: JSON.stringify(s.attendees),
    agenda: s.agenda,
    risks: s.risks,
    principles: JSON.stringify(s.principles),
    outcome: s.outcome,
    version: s.version,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  };
}

const SQL = columnSql<NegotiationRow>({
  id: true,
  opportunity_id: true,
  title: true,
  meeting_date: true,
  objectives: true,
  our_batna: true,
  their_batna: true,
  issues: true,
  concessions: true,
  attendees: true,
  agenda: true,
  risks: true,
  principles: true,
  outcome: true,
  version: true,
  created_at: true,
  updated_at: true,
});

export type NegotiationsRepo = ReturnType<typeof createNegotiationsRepo>;

export function createNegotiationsRepo(db: Database.Database) {
  const getStmt = db.prepare<[string], NegotiationRow>('SELECT * FROM negotiations WHERE id = ?');
  // The next meeting first; undated sheets after the dated ones, newest first.
  const listStmt = db.prepare<[string], NegotiationSummaryRow>(`
    SELECT id, opportunity_id, title, meeting_date, version, updated_at FROM negotiations
    WHERE opportunity_id = ?
    ORDER BY meeting_date IS NULL, meeting_date DESC, created_at DESC, id`);
  const insertStmt = db.prepare<NegotiationRow>(
    `INSERT INTO negotiations (${SQL.columns}) VALUES (${SQL.params})`,
  );
  const updateStmt = db.prepare<NegotiationRow>(
    `UPDATE negotiations SET ${SQL.assignments} WHERE id = @id`,
  );

  return {
    get(id: string): StoredSheet | undefined {
      const row = getStmt.get(id);
      return row && toStored(row);
    },
    list(opportunityId: string): NegotiationSummary[] {
      return listStmt.all(opportunityId).map((row) => ({
        id: row.id,
        opportunityId: row.opportunity_id,
        title: row.title,
        meetingDate: row.meeting_date,
        version: row.version,
        updatedAt: row.updated_at,
      }));
    },
    insert(sheet: StoredSheet): void {
      insertStmt.run(toRow(sheet));
    },
    update(sheet: StoredSheet): void {
      updateStmt.run(toRow(sheet));
    },
  };
}

type NegotiationSummaryRow = Pick<
  NegotiationRow,
  'id' | 'opportunity_id' | 'title' | 'meeting_date' | 'version' | 'updated_at'
>;
