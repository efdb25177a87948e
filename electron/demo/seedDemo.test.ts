import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/activities.ts';
import type { CommitteeMember, Coverage } from '../../shared/committee.ts';
import { SALES8_STAGE_SET, type PipelineDeal, type ReviewItem } from '../../shared/pipeline.ts';
import { addDays } from '../../shared/localDate.ts';
import type { Comparison, CompetitorListItem, DealCompetitor } from '../../shared/competition.ts';
import type { NegotiationSheet, NegotiationSummary } from '../../shared/negotiation.ts';
import type { Locale } from '../../shared/enums.ts';
import type { OrgChart } from '../../shared/orgchart.ts';
import type { Change, OpportunityListItem, Person } from '../../shared/schemas.ts';
import type { AccountListItem } from '../../shared/schemas.ts';
import type { Result } from '../../shared/errors.ts';
import { tickingClock } from '../services/testing.ts';
import { openStore } from '../store/connection.ts';
import { openWorkspace, type Workspace } from '../workspace.ts';
import { seedDemo } from './seedDemo.ts';
import { demoActivities } from './demoActivities.ts';
import { demoCompetition } from './demoCompetition.ts';
import { demoScoring } from './demoScoring.ts';
import { demoWorkspace } from './demoWorkspace.ts';
import { STORY_DAY } from './storyTime.ts';

// The morning of the demo story's own day (storyTime.ts), in the machine's time zone.
const STORY_MORNING = new Date(`${STORY_DAY}T09:00:00`).toISOString();

const dirs: string[] = [];
const workspaces: Workspace[] = [];
afterEach(() => {
  for (const ws of workspaces.splice(0)) ws.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function open(dbPath: string, systemLocale: Locale, seedDemo?: boolean): Workspace {
  const ws = openWorkspace({
    dbPath,
    systemLocale,
    appVersion: '1',
    now: tickingClock(STORY_MORNING),
    ...(seedDemo === undefined ? {} : { seedDemo }),
  });
  workspaces.push(ws);
  return ws;
}

async function call<T>(ws: Workspace, channel: string, input: unknown): Promise<T> {
  const result: Result<unknown> = await ws.router.dispatch(channel, input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data as T;
}

function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dwb-demo-'));
  dirs.push(dir);
  return join(dir, 'workspace.sqlite');
}

describe.each(['en', 'zh-CN'] as const)('demo workspace in %s', (locale) => {
  const demo = demoWorkspace(locale, STORY_DAY);

  it('is seeded into a new file, with every account, person, reporting line and deal', async () => {
    const ws = open(tempPath(), locale);
    const accounts = await call<AccountListItem[]>(ws, 'accounts.list', {});
    expect(accounts.map((a) => a.name).sort()).toEqual(demo.map((d) => d.account.name).sort());

    for (const d of demo) {
      const account = accounts.find((a) => a.name === d.account.name)!;
      const people = await call<Person[]>(ws, 'people.list', {
        accountId: account.id,
        includeArchived: true,
      });
      expect(people.map((p) => p.name).sort()).toEqual(d.people.map((p) => p.name).sort());
      // Demo names are unique within an account, so names identify the people here.
      const idByKey = new Map(
        d.people.map((p) => [p.key, people.find((q) => q.name === p.name)!.id]),
      );
      for (const p of d.people) {
        const seeded = people.find((q) => q.name === p.name)!;
        expect(seeded.managerId).toBe(
          p.managerKey === undefined ? null : idByKey.get(p.managerKey),
        );
        expect(seeded.secondManagerId).toBe(
          p.secondManagerKey === undefined ? null : idByKey.get(p.secondManagerKey),
        );
      }
      const deals = await call<OpportunityListItem[]>(ws, 'opportunities.list', {
        accountId: account.id,
      });
      expect(deals.map((o) => o.name).sort()).toEqual(d.opportunities.map((o) => o.name).sort());
    }
  });

  it("keeps Temp's org chart whole: one chairman at the top, everyone inside reporting up to him", async () => {
    const ws = open(':memory:', locale);
    const tempName = demo.find((d) => d.key === 'temp')!.account.name;
    const accounts = await call<AccountListItem[]>(ws, 'accounts.list', {});
    const temp = accounts.find((a) => a.name === tempName)!;
    const everyone = await call<Person[]>(ws, 'people.list', { accountId: temp.id });
    // People outside Temp have no reporting line at all.
    const outside = everyone.filter((p) => p.external);
    expect(outside.length).toBeGreaterThanOrEqual(2);
    for (const p of outside) {
      expect(p).toMatchObject({ managerId: null, secondManagerId: null });
      expect(p.organization).not.toBe('');
      expect(everyone.some((q) => q.managerId === p.id || q.secondManagerId === p.id)).toBe(false);
    }
    const people = everyone.filter((p) => !p.external);
    expect(people.length).toBeGreaterThanOrEqual(15);

    const byId = new Map(people.map((p) => [p.id, p]));
    const roots = people.filter((p) => p.managerId === null);
    expect(roots).toHaveLength(1);
    for (const person of people) {
      let current = person;
      for (let steps = 0; current.managerId !== null; steps += 1) {
        expect(steps).toBeLessThan(people.length);
        current = byId.get(current.managerId)!;
      }
      expect(current.id).toBe(roots[0]!.id);
    }
    expect(people.some((p) => p.secondManagerId !== null)).toBe(true);
  });

  it('seeds Temp’s main committee, raising the red flags of its story, and an empty one to fill', async () => {
    // The review of the demo story: Monday 23 November 2026.
    const ws = openWorkspace({
      dbPath: ':memory:',
      systemLocale: locale,
      appVersion: '1',
      now: tickingClock(STORY_MORNING),
    });
    workspaces.push(ws);
    const temp = demo.find((d) => d.key === 'temp')!;
    const accounts = await call<AccountListItem[]>(ws, 'accounts.list', {});
    const account = accounts.find((a) => a.name === temp.account.name)!;
    const people = await call<Person[]>(ws, 'people.list', { accountId: account.id });
    const idOf = (key: string) =>
      people.find((p) => p.name === temp.people.find((q) => q.key === key)!.name)!.id;
    const deals = await call<OpportunityListItem[]>(ws, 'opportunities.list', {
      accountId: account.id,
    });
    const dealOf = (purchaseType: string) => deals.find((o) => o.purchaseType === purchaseType)!;

    const { members } = await call<{ members: CommitteeMember[] }>(ws, 'committee.get', {
      opportunityId: dealOf('new_task').id,
    });
    const expected = temp.committees[0]!.members;
    expect(members.map((m) => m.personId).sort()).toEqual(
      expected.map((m) => idOf(m.personKey)).sort(),
    );
    for (const m of expected) {
      const { personKey, ...fields } = m;
      expect(
        members.find((x) => x.personId === idOf(personKey)),
        personKey,
      ).toMatchObject(fields);
    }
    // Decision level first, then management, then operational.
    const levels = members.map((m) => people.find((p) => p.id === m.personId)!.level);
    const rank = { decision: 0, management: 1, operational: 2 } as const;
    expect(levels.map((l) => rank[l!])).toEqual(levels.map((l) => rank[l!]).sort());
    expect(levels[0]).toBe('decision');
    expect(levels.at(-1)).toBe('operational');

    const coverage = await call<Coverage>(ws, 'committee.coverage', {
      opportunityId: dealOf('new_task').id,
    });
    // The committee's own four flags (55), and Huadong's rep closer to the IT manager than we are.
    expect(coverage.flags.map((f) => [f.code, f.personId])).toEqual([
      ['decider_not_contacted', idOf('finance_manager')],
      ['opponent_without_plan', idOf('it_manager')],
      ['competitor_closer', idOf('it_manager')],
      ['stale_contact', idOf('vp_operations')],
      ['stale_contact', idOf('it_manager')],
    ]);
    expect(coverage.score).toBe(45);
    const huadongName = demoCompetition(locale, STORY_DAY).competitors.find(
      (c) => c.key === 'huadong',
    )!.name;
    expect(coverage.flags[2]?.params).toMatchObject({ competitor: huadongName });

    const fixtures = dealOf('modified_rebuy');
    expect(await call(ws, 'committee.get', { opportunityId: fixtures.id })).toEqual({
      members: [],
    });
  });

  it('draws Temp’s influence lines on its account map, with the people outside Temp', async () => {
    const ws = open(':memory:', locale);
    const temp = demo.find((d) => d.key === 'temp')!;
    const accounts = await call<AccountListItem[]>(ws, 'accounts.list', {});
    const account = accounts.find((a) => a.name === temp.account.name)!;
    const chart = await call<OrgChart>(ws, 'orgchart.get', { accountId: account.id });
    const keyOf = (id: string) => temp.people.find((p) => p.name === nameOf(id))!.key;
    const nameOf = (id: string) => chart.people.find((p) => p.id === id)!.name;

    expect(chart.people.map((p) => p.name).sort()).toEqual(temp.people.map((p) => p.name).sort());
    // Creation order: managers were seeded before their reports.
    expect(chart.people[0]!.name).toBe(temp.people.find((p) => p.key === 'chairman')!.name);
    expect(chart.positions).toEqual([]);
    expect(
      chart.lines.map((l) => [keyOf(l.fromPersonId), keyOf(l.toPersonId), l.kind, l.note]),
    ).toEqual(temp.influences.map((l) => [l.fromKey, l.toKey, l.kind, l.note]));
    expect(new Set(chart.lines.map((l) => l.kind))).toEqual(
      new Set(['formal', 'informal', 'personal', 'external']),
    );
    const outside = chart.people.filter((p) => p.external).map((p) => p.id);
    expect(outside).toHaveLength(2);
    for (const id of outside) {
      expect(chart.lines.some((l) => l.fromPersonId === id || l.toPersonId === id)).toBe(true);
    }
  });

  it('seeds the competition around the Plant 2 line: competitors, criteria, a win rate, a negotiation sheet', async () => {
    const ws = openWorkspace({
      dbPath: ':memory:',
      systemLocale: locale,
      appVersion: '1',
      now: tickingClock(STORY_MORNING),
    });
    workspaces.push(ws);
    const temp = demo.find((d) => d.key === 'temp')!;
    const accounts = await call<AccountListItem[]>(ws, 'accounts.list', {});
    const account = accounts.find((a) => a.name === temp.account.name)!;
    const people = await call<Person[]>(ws, 'people.list', { accountId: account.id });
    const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name;
    const deals = await call<OpportunityListItem[]>(ws, 'opportunities.list', {
      accountId: account.id,
    });
    const plant2 = deals.find((o) => o.purchaseType === 'new_task')!;
    const competition = demoCompetition(locale, STORY_DAY);
    const [huadong, ridgeline, hujiang] = competition.competitors.map((c) => c.name);

    const library = await call<CompetitorListItem[]>(ws, 'competitors.list', {});
    expect(library.map((c) => c.name).sort()).toEqual([huadong, ridgeline, hujiang].sort());
    expect(library.every((c) => !c.stale && c.daysSinceVerified === 0)).toBe(true);
    const huadongItem = library.find((c) => c.name === huadong)!;
    expect(huadongItem).toMatchObject({ openDeals: 1, priceLevel: 'medium' });
    expect(huadongItem.record).toEqual({
      won: 1,
      lost: 0,
      winRate: 1,
      topReasons: [
        { reason: 'relationship', won: 1, lost: 0 },
        { reason: 'service', won: 1, lost: 0 },
      ],
    });

    const inDeal = await call<DealCompetitor[]>(ws, 'dealCompetitors.list', {
      opportunityId: plant2.id,
    });
    expect(inDeal.map((d) => [d.competitorName, d.incumbent, d.position, d.threat])).toEqual([
      [huadong, true, 'level', 'high'],
      [ridgeline, false, 'ahead', 'medium'],
    ]);
    expect(inDeal.every((d) => d.repRelations.every((r) => nameOf(r.personId)))).toBe(true);

    // We lead overall but trail Huadong on two criteria: price first, then project management.
    const comparison = await call<Comparison>(ws, 'criteria.comparison', {
      opportunityId: plant2.id,
    });
    expect(comparison.criteria.map((c) => [c.area, c.weightPercent])).toEqual([
      ['supplier_qualification', 15],
      ['product_solution', 30],
      ['service', 20],
      ['price', 25],
      ['project_management', 10],
    ]);
    const totals = comparison.vendors.map((v) => v.weightedTotal!);
    expect(totals[0]).toBeCloseTo(7.75, 10);
    expect(Math.max(...totals)).toBe(totals[0]);
    expect(comparison.gaps.map((g) => [g.competitorName, g.criterionId, g.gap])).toEqual([
      [huadong, comparison.criteria[3]!.id, 3],
      [huadong, comparison.criteria[4]!.id, 1],
    ]);

    const [summary] = await call<NegotiationSummary[]>(ws, 'negotiations.list', {
      opportunityId: plant2.id,
    });
    const sheet = await call<NegotiationSheet>(ws, 'negotiations.get', { id: summary!.id });
    expect(sheet.objectives).toHaveLength(3);
    expect(sheet.concessions).toHaveLength(2);
    expect(sheet.warnings).toEqual([]);
    const theirs = sheet.attendees.filter((a) => a.side === 'theirs').map((a) => a.personId);
    const { members } = await call<{ members: CommitteeMember[] }>(ws, 'committee.get', {
      opportunityId: plant2.id,
    });
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((id) => members.some((m) => m.personId === id))).toBe(true);
    expect(await call(ws, 'swot.get', { opportunityId: plant2.id })).toBeNull();
  });

  it('is written in the interface language', async () => {
    const ws = open(':memory:', locale);
    const names = (await call<AccountListItem[]>(ws, 'accounts.list', {}))
      .map((a) => a.name)
      .join(' ');
    expect(/[\u4e00-\u9fff]/.test(names)).toBe(locale === 'zh-CN');
  });
});

describe('demo seeding', () => {
  it('happens on a new file only, not again on reopen', async () => {
    const path = tempPath();
    const first = open(path, 'en');
    const accounts = await call<AccountListItem[]>(first, 'accounts.list', {});
    const changes = await call<Change[]>(first, 'history.list', { limit: 1000 });
    first.close();
    workspaces.splice(workspaces.indexOf(first), 1);

    const second = open(path, 'zh-CN');
    expect(await call<AccountListItem[]>(second, 'accounts.list', {})).toEqual(accounts);
    expect(await call<Change[]>(second, 'history.list', { limit: 1000 })).toEqual(changes);
  });

  it('records every demo record as created in history', async () => {
    const ws = open(':memory:', 'en');
    const demo = demoWorkspace('en', STORY_DAY);
    const records =
      demo.length +
      demo.reduce(
        (n, d) =>
          n +
          d.people.length +
          d.opportunities.length +
          d.committees.reduce((m, c) => m + c.members.length, 0) +
          d.influences.length,
        0,
      );
    const competition = demoCompetition('en', STORY_DAY);
    const competitionRecords =
      competition.competitors.length +
      competition.deals.reduce(
        (n, d) =>
          n +
          d.competitors.length +
          d.criteria.length +
          (d.outcome ? 1 : 0) +
          d.negotiations.length,
        0,
      );
    // Activities and stage evidence: one created history entry per activity and per criterion.
    const { activities, evidence } = demoActivities('en', STORY_DAY);
    const activityRecords = activities.length + evidence.reduce((n, e) => n + e.items.length, 0);
    const scoring = demoScoring('en');
    const scoringRecords = scoring.evaluations.length + scoring.gradings.length;
    const changes = await call<Change[]>(ws, 'history.list', { limit: 1000 });
    // Every owner the demo names joined our team as it was written (issue 15), once each.
    const team = await call<{ total: number }>(ws, 'team.list', { includeArchived: true });
    expect(team.total).toBeGreaterThan(0);
    const teamRecords = changes.filter((c) => c.entity === 'team_member').length;
    expect(teamRecords).toBe(team.total);
    expect(changes).toHaveLength(
      records + competitionRecords + activityRecords + scoringRecords + teamRecords,
    );
    expect(changes.every((c) => c.action === 'create')).toBe(true);
  });

  it('is skipped when asked', async () => {
    const ws = open(':memory:', 'en', false);
    expect(await call<AccountListItem[]>(ws, 'accounts.list', { includeArchived: true })).toEqual(
      [],
    );
  });
});

describe.each(['en', 'zh-CN'] as const)('demo activities and stage evidence in %s', (locale) => {
  it('puts activities on the timelines and evidence behind the passed stages', async () => {
    const ws = open(':memory:', locale);
    const [temp] = demoWorkspace(locale, STORY_DAY);
    const accounts = await call<AccountListItem[]>(ws, 'accounts.list', {});
    const account = accounts.find((a) => a.name === temp!.account.name)!;
    const deals = await call<OpportunityListItem[]>(ws, 'opportunities.list', {
      accountId: account.id,
    });
    const plant2 = deals.find((d) => d.name === temp!.opportunities[0]!.name)!;
    const timeline = await call<Activity[]>(ws, 'activities.list', { accountId: account.id });
    const { activities } = demoActivities(locale, STORY_DAY);
    expect(timeline).toHaveLength(activities.filter((a) => a.accountKey === 'temp').length);
    expect(timeline[0]!.summary).toBe(activities[0]!.summary);

    const pipeline = await call<PipelineDeal>(ws, 'stages.deal', { id: plant2.id });
    // Every criterion of the five stages behind "evaluation" is met with a dated note.
    const passed = SALES8_STAGE_SET.stages.slice(0, 5);
    for (const stage of passed)
      for (const c of stage.criteria) {
        const e = pipeline.evidence.find(
          (x) => x.stageKey === stage.key && x.criterionKey === c.key,
        );
        expect(e, `${stage.key}.${c.key}`).toMatchObject({ met: true });
        expect(e!.note).not.toBe('');
      }
    // Activity dates fall on the recorded last contacts: the committee reads the same as before.
    const { members } = await call<{ members: CommitteeMember[] }>(ws, 'committee.get', {
      opportunityId: plant2.id,
    });
    const stored = new Map(
      temp!.committees[0]!.members.map((m) => [m.personKey, m.lastContactDate ?? null]),
    );
    const people = await call<Person[]>(ws, 'people.list', { accountId: account.id });
    for (const m of members) {
      const key = temp!.people.find(
        (p) => p.name === people.find((x) => x.id === m.personId)!.name,
      )!.key;
      expect(m.lastContactDate, key).toBe(stored.get(key));
    }
  });
});

describe('the demo story moves with the day the workspace is created', () => {
  const SHIFT = 364; // 52 weeks: a year later, on the same weekday.
  const later = (at: string) => {
    const d = new Date(at);
    d.setDate(d.getDate() + SHIFT);
    return d.toISOString();
  };
  const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
  const MOMENT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g;
  const DAY = /(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-]|T\d)/g;
  const YEAR = /(?<![\d-])(?:19|20)\d{2}(?![\d-])/g;
  const ANY = new RegExp([UUID, MOMENT, DAY, YEAR].map((r) => r.source).join('|'), 'g');
  const only = (r: RegExp) => new RegExp(`^(?:${r.source})$`);
  const [UUID_ONLY, MOMENT_ONLY, DAY_ONLY] = [only(UUID), only(MOMENT), only(DAY)];

  /** Every row of every table of a closed workspace file, in insertion order. */
  function dump(path: string): Record<string, Record<string, unknown>[]> {
    const db = new Database(path, { readonly: true });
    try {
      const tables = db
        .prepare<[], { name: string }>(
          // The search index's tables are derived from the records (and its FTS tables have no
          // plain rowid to order by).
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%' ORDER BY name",
        )
        .all();
      return Object.fromEntries(
        tables.map(({ name }) => [
          name,
          db.prepare<[], Record<string, unknown>>(`SELECT * FROM "${name}" ORDER BY rowid`).all(),
        ]),
      );
    } finally {
      db.close();
    }
  }

  /** What the demo seeder alone writes into a new file (no weekly forecast snapshot). */
  function seededAt(now: string): Record<string, Record<string, unknown>[]> {
    const path = tempPath();
    const clock = tickingClock(now);
    const { db } = openStore(path, clock);
    seedDemo({ db, now: clock, systemLocale: 'zh-CN', appVersion: '1', workspacePath: path });
    db.close();
    // Migration 0009 stamps the built-in stage sets with the system clock; they are not the demo.
    const { stage_sets: _builtIn, ...tables } = dump(path);
    return tables;
  }

  it('seeded a year later, every day, timestamp and year of the demo moves with it', () => {
    const first = seededAt(STORY_MORNING);
    const second = seededAt(later(STORY_MORNING));
    // Ids are random: pair them up by position, every other value must follow from the first.
    const ids = new Map<string, string>();
    const pair = (a: unknown, b: unknown): void => {
      if (typeof a === 'string' && typeof b === 'string') {
        const [ax, bx] = [a.match(UUID) ?? [], b.match(UUID) ?? []];
        ax.forEach((id, i) => ids.set(id, bx[i] ?? ''));
      }
    };
    for (const [table, rows] of Object.entries(first))
      rows.forEach((row, i) => {
        for (const [column, value] of Object.entries(row)) pair(value, second[table]![i]?.[column]);
      });
    const move = (value: unknown, key: string): unknown => {
      if (typeof value !== 'string') return value;
      if (/^[[{]/.test(value)) {
        try {
          return JSON.stringify(moveJson(JSON.parse(value) as unknown));
        } catch {
          // Plain text that starts with a bracket.
        }
      }
      if (key === 'birthday') return value.replace(/^\d{4}/, (y) => String(Number(y) + 1));
      // One pass, so a year is never read inside an id or a date.
      return value.replace(ANY, (match: string) =>
        UUID_ONLY.test(match)
          ? (ids.get(match) ?? match)
          : MOMENT_ONLY.test(match)
            ? later(match)
            : DAY_ONLY.test(match)
              ? addDays(match, SHIFT)
              : String(Number(match) + 1),
      );
    };
    const moveJson = (value: unknown, key = ''): unknown =>
      Array.isArray(value)
        ? value.map((v) => moveJson(v, key))
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, moveJson(v, k)]))
          : move(value, key);
    const expected = Object.fromEntries(
      Object.entries(first).map(([table, rows]) => [
        table,
        rows.map((row) =>
          Object.fromEntries(Object.entries(row).map(([column, v]) => [column, move(v, column)])),
        ),
      ]),
    );
    expect(second).toEqual(expected);
    // And something did move: the deals' close dates are a year apart.
    const close = (db: typeof first) =>
      db.opportunities!.map((o) => o.expected_close_date as string).sort();
    expect(close(second)).toEqual(close(first).map((d) => addDays(d, SHIFT)));
  });
});

describe.each(['en', 'zh-CN'] as const)(
  'the review queue of a new demo workspace in %s',
  (locale) => {
    it.each([STORY_MORNING, '2031-04-15T09:00:00.000Z'])(
      'lists deals under each 1-15-30 rule when created at %s',
      async (now) => {
        const ws = openWorkspace({
          dbPath: ':memory:',
          systemLocale: locale,
          appVersion: '1',
          now: tickingClock(now),
        });
        workspaces.push(ws);
        const queue = await call<ReviewItem[]>(ws, 'reviews.queue', {});
        const names = Object.fromEntries(
          demoWorkspace(locale, STORY_DAY).flatMap((d) =>
            d.opportunities.map((o, i) => [`${d.key}${i}`, o.name]),
          ),
        );
        const under = (rule: ReviewItem['rule']) =>
          queue.filter((q) => q.rule === rule).map((q) => [q.opportunityName, q.days]);
        // Yongsheng's new deal: opened 45 days ago at the first visit, untouched since, no evidence.
        expect(under('not_updated')).toEqual([
          [names.yongsheng0, 45],
          [names.temp1, 17],
          [names.nordale0, 13],
        ]);
        expect(under('stalled')).toEqual([
          [names.nordale0, 175],
          [names.jinyue0, 98],
          [names.temp1, 83],
          [names.yongsheng0, 45],
        ]);
        expect(under('no_intent')).toEqual([
          [names.jinyue0, 98],
          [names.yongsheng0, 45],
        ]);
        // The deal under review is up to date: its committee was updated today.
        expect(queue.some((q) => q.opportunityName === names.temp0)).toBe(false);
      },
    );
  },
);
