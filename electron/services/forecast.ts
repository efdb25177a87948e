import { AppError } from '../../shared/errors.ts';
import type { ChannelArgs, ChannelOutput } from '../../shared/channels.ts';
import {
  type ForecastLine,
  type ForecastSnapshot,
  type SnapshotTotal,
} from '../../shared/forecast.ts';
import { diffSnapshots, rollUp, snapshotDue, weekOf } from '../../shared/forecastMath.ts';
import { makeIssue } from '../../shared/issues.ts';
import { dayOf, localDay } from '../../shared/localDate.ts';
import { touch } from '../touched.ts';
import type { ServiceContext } from './common.ts';
import type { SettingsService } from './settings.ts';
import type { TeamService } from './team.ts';
import type { HandlersOf } from '../handlers.ts';

type LineRow = {
  id: string;
  name: string;
  account_id: string;
  account_name: string;
  owner: string;
  amount: number;
  currency: ForecastLine['currency'];
  probability: number;
  stage_set_id: string;
  sales_stage: string;
  status: ForecastLine['status'];
  expected_close_date: string | null;
};

type SnapshotRow = {
  id: string;
  taken_at: string;
  week_of: string;
  kind: ForecastSnapshot['kind'];
  note: string;
  lines: string;
};

export type ForecastService = ReturnType<typeof createForecastService>;

/** Weighted forecast, immutable weekly snapshots and week-over-week movements. */
export function createForecastService(
  { db, now }: ServiceContext,
  settings: Pick<SettingsService, 'categoryThresholds'>,
  team: Pick<TeamService, 'ownerNames'>,
) {
  // Every deal's forecast line; one deal's or one account's (a deal's review pack) by the same
  // columns, without reading every deal.
  const lineSelect = `
    SELECT o.id, o.name, o.account_id, a.name AS account_name, o.owner, o.amount, o.currency,
      o.probability, o.stage_set_id, o.sales_stage, o.status, o.expected_close_date
    FROM opportunities o JOIN accounts a ON a.id = o.account_id`;
  const linesStmt = db.prepare<[], LineRow>(`${lineSelect} ORDER BY o.id`);
  const dealLineStmt = db.prepare<[string], LineRow>(`${lineSelect} WHERE o.id = ?`);
  const accountLinesStmt = db.prepare<[string], LineRow>(
    `${lineSelect} WHERE o.account_id = ? ORDER BY o.id`,
  );
  // One deal's frozen line of a snapshot, picked out in SQL: the other 20,000 are not parsed.
  const snapshotLineStmt = db
    .prepare<[string, string], string>(
      `SELECT l.value FROM forecast_snapshots s, json_each(s.lines) l
       WHERE s.id = ? AND l.value ->> '$.opportunityId' = ?`,
    )
    .pluck();
  // Line count and open totals per currency are worked out from the frozen lines (JSON) in SQL
  // as the snapshot is stored: the list of snapshots then never reads 20,000 lines each.
  const insertStmt = db.prepare<SnapshotRow>(`
    INSERT INTO forecast_snapshots (id, taken_at, week_of, kind, note, lines, line_count, totals)
    SELECT @id, @taken_at, @week_of, @kind, @note, @lines, json_array_length(@lines),
      (SELECT json_group_array(json_object('currency', c, 'count', n, 'total', t, 'weighted', w))
        FROM (SELECT value ->> '$.currency' AS c, count(*) AS n,
            round(sum(value ->> '$.amount'), 2) AS t,
            round(sum(round((value ->> '$.amount') * (value ->> '$.probability') / 100.0, 2)), 2)
              AS w
          FROM json_each(@lines) WHERE value ->> '$.status' = 'open'
          GROUP BY c ORDER BY c))`);
  const getStmt = db.prepare<[string], SnapshotRow>(
    'SELECT * FROM forecast_snapshots WHERE id = ?',
  );
  const latestStmt = db.prepare<[], SnapshotRow>(
    'SELECT * FROM forecast_snapshots ORDER BY taken_at DESC, id DESC LIMIT 1',
  );
  const earlierWeekStmt = db.prepare<[string], SnapshotRow>(
    'SELECT * FROM forecast_snapshots WHERE week_of < ? ORDER BY taken_at DESC, id DESC LIMIT 1',
  );
  const listStmt = db.prepare<
    [number],
    Omit<SnapshotRow, 'lines'> & { line_count: number; totals: string }
  >(`
    SELECT id, taken_at, week_of, kind, note, line_count, totals FROM forecast_snapshots
    ORDER BY taken_at DESC, id DESC LIMIT ?`);
  function liveLines(
    only: { opportunityId?: string | undefined; accountId?: string | undefined } = {},
  ): ForecastLine[] {
    const rows =
      only.opportunityId !== undefined
        ? dealLineStmt.all(only.opportunityId)
        : only.accountId !== undefined
          ? accountLinesStmt.all(only.accountId)
          : linesStmt.all();
    return rows.map((r) => ({
      opportunityId: r.id,
      name: r.name,
      accountId: r.account_id,
      accountName: r.account_name,
      owner: r.owner,
      amount: r.amount,
      currency: r.currency,
      probability: r.probability,
      stageSetId: r.stage_set_id,
      stageKey: r.sales_stage,
      status: r.status,
      expectedCloseDate: r.expected_close_date,
      categoryOverride: null,
    }));
  }

  function take(kind: ForecastSnapshot['kind'], note: string): ForecastSnapshot {
    const takenAt = now().toISOString();
    const snapshot: ForecastSnapshot = {
      id: crypto.randomUUID(),
      takenAt,
      weekOf: weekOf(dayOf(takenAt)),
      kind,
      note,
      lines: liveLines(),
    };
    insertStmt.run({
      id: snapshot.id,
      taken_at: snapshot.takenAt,
      week_of: snapshot.weekOf,
      kind,
      note,
      lines: JSON.stringify(snapshot.lines),
    });
    touch('forecast_snapshot');
    return snapshot;
  }

  function load(id: string, field: 'from' | 'to'): SnapshotRow {
    const row = getStmt.get(id);
    if (!row) {
      const issue = makeIssue([field], 'snapshot_not_found');
      throw new AppError('not_found', issue.message, [issue]);
    }
    return row;
  }

  /** A snapshot's frozen lines: all of them, or only one deal's. */
  function frozenLines(row: SnapshotRow, opportunityId: string | undefined): ForecastLine[] {
    if (opportunityId === undefined) return JSON.parse(row.lines) as ForecastLine[];
    return snapshotLineStmt
      .all(row.id, opportunityId)
      .map((line) => JSON.parse(line) as ForecastLine);
  }

  return {
    get({
      groupBy,
      byOwner,
      owner,
      team: filter,
      accountId,
      from,
      to,
    }: ChannelArgs<'forecast.get'>) {
      const owners = filter && team.ownerNames(filter);
      const lines = liveLines({ accountId }).filter(
        (l) =>
          (owner === undefined || l.owner === owner) &&
          (owners === undefined || owners.has(l.owner)) &&
          (accountId === undefined || l.accountId === accountId) &&
          (from === undefined || (l.expectedCloseDate !== null && l.expectedCloseDate >= from)) &&
          (to === undefined || (l.expectedCloseDate !== null && l.expectedCloseDate <= to)),
      );
      const thresholds = settings.categoryThresholds();
      return { groups: rollUp(lines, { groupBy, byOwner, thresholds }), thresholds };
    },

    snapshot({ note }: ChannelArgs<'forecast.snapshot'>): ForecastSnapshot {
      return db.transaction(() => take('manual', note)).immediate();
    },

    /** The weekly automatic snapshot: taken when this week has none yet. Call at startup. */
    ensureWeekly(): ForecastSnapshot | null {
      return db
        .transaction(() => {
          const last = latestStmt.get();
          return snapshotDue(localDay(now()), last?.week_of ?? null) ? take('automatic', '') : null;
        })
        .immediate();
    },

    snapshots({ limit }: ChannelArgs<'forecast.snapshots'>) {
      return listStmt.all(limit).map((r) => ({
        id: r.id,
        takenAt: r.taken_at,
        weekOf: r.week_of,
        kind: r.kind,
        note: r.note,
        lineCount: r.line_count,
        totals: JSON.parse(r.totals) as SnapshotTotal[],
      }));
    },

    movements({
      from,
      to,
      quarter,
      opportunityId,
    }: ChannelArgs<'forecast.movements'>): ChannelOutput<'forecast.movements'> {
      const later = to !== undefined ? load(to, 'to') : null;
      const laterDay = later ? dayOf(later.taken_at) : localDay(now());
      // Without `from`: last week's picture; with no snapshot yet every open deal is new.
      const base =
        from !== undefined
          ? load(from, 'from')
          : (earlierWeekStmt.get(weekOf(laterDay)) ?? latestStmt.get() ?? null);
      // Movements are worked out deal by deal: one deal's are those of its lines alone.
      const laterLines = later ? frozenLines(later, opportunityId) : liveLines({ opportunityId });
      return {
        quarter: quarter ?? null,
        fromSnapshotId: base ? base.id : null,
        movements: diffSnapshots(
          base ? frozenLines(base, opportunityId) : [],
          laterLines,
          quarter ?? null,
        ),
      };
    },
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function forecastHandlers(s: ForecastService): HandlersOf<'forecast'> {
  return {
    'forecast.get': (input) => s.get(input),
    'forecast.snapshot': (input) => s.snapshot(input),
    'forecast.snapshots': (input) => s.snapshots(input),
    'forecast.movements': (input) => s.movements(input),
  };
}
