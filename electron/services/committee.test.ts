import { describe, expect, it } from 'vitest';
import { activityCreate } from '../../shared/activities.ts';
import type { CommitteeMember, UpsertMemberInput } from '../../shared/committee.ts';
import type { ErrorBody, Result } from '../../shared/errors.ts';
import type { PersonCreate } from '../../shared/schemas.ts';
import { openStore } from '../store/connection.ts';
import { createServices } from './index.ts';
import { appErrorOf, input, rowCounts, testRouter } from './testing.ts';

/** A clock that ticks one second per reading and can be moved to another day. */
function settableClock(start: string) {
  let t = Date.parse(start);
  const now = () => {
    const at = new Date(t);
    t += 1000;
    return at;
  };
  return { now, set: (iso: string) => void (t = Date.parse(iso)) };
}

function setup() {
  const clock = settableClock('2026-11-02T09:00:00.000Z');
  const { db } = openStore(':memory:', clock.now);
  const services = createServices({
    db,
    now: clock.now,
    systemLocale: 'en',
    appVersion: '0.0.0-test',
    workspacePath: ':memory:',
  });
  const router = testRouter(services);
  const temp = services.accounts.create(input.account({ name: 'Temp Co' }));
  const king = services.accounts.create(input.account({ name: 'King Co' }));
  const person = (fields: Omit<PersonCreate, 'accountId'>, accountId = temp.id) =>
    services.people.create(input.person({ accountId, ...fields }));
  const chairman = person({ name: 'Wang Jianguo', level: 'decision' });
  const director = person({ name: 'Zhou Zhiqiang', level: 'decision', managerId: chairman.id });
  const plantManager = person({ name: 'Ma Guodong', level: 'management', managerId: chairman.id });
  const engineer = person({ name: 'Guo Zhenhua', level: 'operational', managerId: director.id });
  const buyer = person({ name: 'Ai Bing', level: 'management', managerId: plantManager.id });
  const kingRep = person({ name: 'Zheng Peng' }, king.id);
  const deal = services.opportunities.create(
    input.opportunity({ accountId: temp.id, name: 'Plant 2 line' }),
  );
  const otherDeal = services.opportunities.create(
    input.opportunity({ accountId: temp.id, name: 'Fixture upgrade' }),
  );
  const upsert = (
    personId: string,
    fields: Omit<UpsertMemberInput, 'opportunityId' | 'personId'> = {},
  ) => services.committee.upsertMember({ opportunityId: deal.id, personId, ...fields });
  const call = (channel: string, body: unknown) => router.dispatch(channel, body);
  return {
    db,
    clock,
    services,
    call,
    temp,
    deal,
    otherDeal,
    chairman,
    director,
    plantManager,
    engineer,
    buyer,
    kingRep,
    person,
    upsert,
  };
}

function refusal(result: Result<unknown>): ErrorBody {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return result.error;
}

describe('committee service: members', () => {
  it('adds a member with the defaults for every field left out', () => {
    const { services, deal, director, upsert } = setup();
    expect(services.committee.get({ opportunityId: deal.id })).toEqual({ members: [] });
    const member = upsert(director.id, { attitude: 'supporter', influence: 'high' });
    expect(member).toEqual({
      id: expect.any(String),
      opportunityId: deal.id,
      personId: director.id,
      function: null,
      roles: [],
      attitude: 'supporter',
      attitudeScore: null,
      influence: 'high',
      contact: 'none',
      relationshipOwner: '',
      lastContactDate: null,
      concerns: '',
      motives: { jobDuties: [], personality: [], personalNeeds: [], notes: '' },
      winFormula: { companyInterest: '', personalInterest: '', humanTouch: '' },
      plan: { routes: '', ourRoute: '', keyPoints: '', owner: '', dueDate: null },
      version: 1,
      createdAt: expect.stringMatching(/^2026-11-02T09:00/),
      updatedAt: member.createdAt,
    });
    expect(services.committee.get({ opportunityId: deal.id })).toEqual({ members: [member] });
  });

  it('round-trips every field, with roles de-duplicated in the role list’s order', () => {
    const { services, deal, director } = setup();
    const fields: UpsertMemberInput = {
      opportunityId: deal.id,
      personId: director.id,
      function: 'technical',
      roles: ['decider', 'specifier', 'decider', 'evaluator'],
      attitude: 'opponent',
      attitudeScore: -2,
      influence: 'high',
      contact: 'distant',
      relationshipOwner: 'Zhang Wenbo',
      lastContactDate: '2026-09-30',
      concerns: 'Spare-part lead times',
      motives: {
        jobDuties: ['technology', 'quality'],
        personality: ['thinking_style'],
        personalNeeds: ['achievement', 'visibility'],
        notes: 'Wants the line to be a showcase',
      },
      winFormula: {
        companyInterest: 'Capacity doubled on time',
        personalInterest: 'A flagship line under his name',
        humanTouch: 'Teahouse tickets in Beijing',
      },
      plan: {
        routes: 'Via the chairman; via the association',
        ourRoute: 'Technical exchange in Beijing',
        keyPoints: 'Spare-part stock in Suzhou',
        owner: 'Zhang Wenbo',
        dueDate: '2026-12-15',
      },
    };
    const member = services.committee.upsertMember(fields);
    expect(member).toMatchObject({
      ...fields,
      roles: ['specifier', 'evaluator', 'decider'],
    });
    expect(services.committee.get({ opportunityId: deal.id }).members).toEqual([member]);
  });

  it('lists members by level, decision first, then by name', () => {
    const { services, deal, person, chairman, director, plantManager, engineer, upsert } = setup();
    const unlevelled = person({ name: 'Aaron Outside' });
    for (const p of [engineer, unlevelled, plantManager, director, chairman]) upsert(p.id);
    expect(
      services.committee.get({ opportunityId: deal.id }).members.map((m) => m.personId),
    ).toEqual([chairman.id, director.id, plantManager.id, engineer.id, unlevelled.id]);
  });

  it('changes only the given fields, bumps the version, and records the changed fields', () => {
    const { services, director, upsert } = setup();
    const created = upsert(director.id, { roles: ['decider'], concerns: 'Price' });
    const updated = upsert(director.id, {
      version: 1,
      attitude: 'supporter',
      roles: ['evaluator', 'decider'],
    });
    expect(updated).toMatchObject({
      id: created.id,
      version: 2,
      concerns: 'Price',
      attitude: 'supporter',
      roles: ['evaluator', 'decider'],
      createdAt: created.createdAt,
    });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    const [entry] = services.history.list({ entity: 'committee_member', limit: 10 });
    expect(entry).toMatchObject({
      entityId: created.id,
      action: 'update',
      before: { attitude: 'neutral', roles: ['decider'] },
      after: { attitude: 'supporter', roles: ['evaluator', 'decider'] },
    });
  });

  it('writes nothing when nothing changes, nested fields and role order included', () => {
    const { db, director, upsert } = setup();
    const created = upsert(director.id, {
      roles: ['decider', 'specifier'],
      motives: { jobDuties: ['price'], personality: [], personalNeeds: [], notes: 'x' },
    });
    const before = rowCounts(db);
    const same = upsert(director.id, {
      version: 1,
      roles: ['specifier', 'decider', 'decider'],
      motives: { notes: 'x', personalNeeds: [], personality: [], jobDuties: ['price'] },
      attitude: 'neutral',
    });
    expect(same).toEqual(created);
    expect(upsert(director.id)).toEqual(created);
    expect(rowCounts(db)).toEqual(before);
  });

  it('refuses a stale version with conflict and writes nothing', () => {
    const { db, director, upsert } = setup();
    upsert(director.id);
    upsert(director.id, { version: 1, attitude: 'supporter' });
    const before = rowCounts(db);
    const error = appErrorOf(() => upsert(director.id, { version: 1, attitude: 'opponent' }));
    expect(error.code).toBe('conflict');
    expect(rowCounts(db)).toEqual(before);
  });

  it('refuses a version for someone who is not (or no longer) a member, as a conflict', () => {
    const { db, services, deal, director, engineer, upsert } = setup();
    upsert(director.id);
    services.committee.removeMember({ opportunityId: deal.id, personId: director.id });
    const before = rowCounts(db);
    expect(appErrorOf(() => upsert(director.id, { version: 2 })).code).toBe('conflict');
    expect(appErrorOf(() => upsert(engineer.id, { version: 1 })).code).toBe('conflict');
    expect(rowCounts(db)).toEqual(before);
  });

  it('keeps committees of different deals apart', () => {
    const { services, deal, otherDeal, director, upsert } = setup();
    upsert(director.id, { attitude: 'supporter' });
    const other = services.committee.upsertMember({
      opportunityId: otherDeal.id,
      personId: director.id,
      attitude: 'opponent',
    });
    expect(services.committee.get({ opportunityId: otherDeal.id }).members).toEqual([other]);
    expect(services.committee.get({ opportunityId: deal.id }).members[0]?.attitude).toBe(
      'supporter',
    );
  });

  it('accepts hidden roles and roles the user added', () => {
    const { services, director, upsert } = setup();
    services.buyingRoles.update({ code: 'gatekeeper', hidden: true });
    const safety = services.buyingRoles.create({ labelZh: '安全员', labelEn: 'Safety officer' });
    expect(upsert(director.id, { roles: [safety.code, 'gatekeeper'] }).roles).toEqual([
      'gatekeeper',
      safety.code,
    ]);
  });
});

describe('committee service: refusals write nothing', () => {
  it('refuses a person of another account, and one that does not exist, on personId', async () => {
    const { db, call, deal, kingRep } = setup();
    const before = rowCounts(db);
    const other = refusal(
      await call('committee.upsertMember', { opportunityId: deal.id, personId: kingRep.id }),
    );
    expect(other).toMatchObject({
      code: 'invalid_input',
      message: 'This person belongs to another account than the deal.',
      issues: [{ path: ['personId'], code: 'person_other_account' }],
    });
    const missing = refusal(
      await call('committee.upsertMember', { opportunityId: deal.id, personId: 'nobody' }),
    );
    expect(missing).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['personId'], code: 'person_not_found' }],
    });
    expect(rowCounts(db)).toEqual(before);
  });

  it('refuses unknown roles with one issue per bad entry', async () => {
    const { db, call, deal, director, upsert } = setup();
    upsert(director.id, { roles: ['decider'] });
    const before = rowCounts(db);
    const error = refusal(
      await call('committee.upsertMember', {
        opportunityId: deal.id,
        personId: director.id,
        roles: ['decider', 'chief_wizard', 'coach', 'astrologer'],
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => [i.path, i.code])).toEqual([
      [['roles', 1], 'unknown_role'],
      [['roles', 3], 'unknown_role'],
    ]);
    // A malformed code never reaches the service: the contract refuses it with the same code.
    const malformed = refusal(
      await call('committee.upsertMember', {
        opportunityId: deal.id,
        personId: director.id,
        roles: ['Decider!'],
      }),
    );
    expect(malformed.issues?.map((i) => [i.path, i.code])).toEqual([
      [['roles', 0], 'unknown_role'],
    ]);
    expect(rowCounts(db)).toEqual(before);
  });

  it('refuses bad enum values and dates with the field path', async () => {
    const { db, call, deal, director } = setup();
    const before = rowCounts(db);
    const base = { opportunityId: deal.id, personId: director.id };
    const cases: [object, (string | number)[], string][] = [
      [{ attitude: 'enemy' }, ['attitude'], 'invalid_option'],
      [{ influence: 'huge' }, ['influence'], 'invalid_option'],
      [{ contact: 'sometimes' }, ['contact'], 'invalid_option'],
      [{ attitudeScore: 4 }, ['attitudeScore'], 'too_big'],
      [{ attitudeScore: 1.5 }, ['attitudeScore'], 'not_integer'],
      [{ lastContactDate: '2026/11/01' }, ['lastContactDate'], 'invalid_date'],
      [{ lastContactDate: '2026-02-30' }, ['lastContactDate'], 'invalid_date'],
      [
        { plan: { routes: '', ourRoute: '', keyPoints: '', owner: '', dueDate: '15.12.2026' } },
        ['plan', 'dueDate'],
        'invalid_date',
      ],
      [
        { motives: { jobDuties: ['bribes'], personality: [], personalNeeds: [], notes: '' } },
        ['motives', 'jobDuties', 0],
        'invalid_option',
      ],
      [{ secret: 1 }, [], 'unknown_field'],
    ];
    for (const [fields, path, code] of cases) {
      const error = refusal(await call('committee.upsertMember', { ...base, ...fields }));
      expect(error.code, JSON.stringify(fields)).toBe('invalid_input');
      expect(
        error.issues?.map((i) => [i.path, i.code]),
        JSON.stringify(fields),
      ).toEqual([[path, code]]);
    }
    expect(rowCounts(db)).toEqual(before);
  });

  it('says not_found for an unknown opportunity on every committee channel', async () => {
    const { db, call, director } = setup();
    const before = rowCounts(db);
    const bodies: [string, object][] = [
      ['committee.get', {}],
      ['committee.upsertMember', { personId: director.id }],
      ['committee.removeMember', { personId: director.id }],
      ['committee.coverage', {}],
      ['committee.changesSince', { since: '2026-01-01' }],
    ];
    for (const [channel, body] of bodies) {
      expect(refusal(await call(channel, { opportunityId: 'missing', ...body })), channel).toEqual({
        code: 'not_found',
        message: 'Opportunity not found',
      });
    }
    expect(rowCounts(db)).toEqual(before);
  });
});

describe('committee service: remove and re-add', () => {
  it('removes a member softly, with a delete in history, and refuses a second removal', () => {
    const { db, services, deal, director, engineer, upsert } = setup();
    const member = upsert(director.id, { attitude: 'opponent', influence: 'high' });
    upsert(engineer.id);
    const removed = services.committee.removeMember({
      opportunityId: deal.id,
      personId: director.id,
    });
    expect(removed).toMatchObject({ id: member.id, attitude: 'opponent', version: 2 });
    expect(
      services.committee.get({ opportunityId: deal.id }).members.map((m) => m.personId),
    ).toEqual([engineer.id]);
    const [entry] = services.history.list({ entity: 'committee_member', limit: 1 });
    expect(entry).toMatchObject({
      entityId: member.id,
      action: 'delete',
      before: { attitude: 'opponent', influence: 'high', personId: director.id },
      after: {},
    });

    const before = rowCounts(db);
    for (const personId of [director.id, 'nobody']) {
      const error = appErrorOf(() =>
        services.committee.removeMember({ opportunityId: deal.id, personId }),
      );
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toEqual([
        expect.objectContaining({ path: ['personId'], code: 'not_a_member' }),
      ]);
    }
    expect(rowCounts(db)).toEqual(before);
  });

  it('brings a removed member back with their earlier entry and the new fields', () => {
    const { db, services, deal, director, upsert } = setup();
    const member = upsert(director.id, {
      roles: ['decider'],
      concerns: 'Lead times',
      attitude: 'neutral',
    });
    services.committee.removeMember({ opportunityId: deal.id, personId: director.id });
    const back = upsert(director.id, { attitude: 'supporter' });
    expect(back).toMatchObject({
      id: member.id,
      roles: ['decider'],
      concerns: 'Lead times',
      attitude: 'supporter',
      version: 3,
    });
    expect(services.committee.get({ opportunityId: deal.id }).members).toEqual([back]);
    expect(rowCounts(db).committee_members).toBe(1);
    expect(
      services.history
        .list({ entity: 'committee_member', entityId: member.id, limit: 10 })
        .map((c) => c.action),
    ).toEqual(['create', 'delete', 'create']);
    // Removing again works the same way.
    expect(
      services.committee.removeMember({ opportunityId: deal.id, personId: director.id }).version,
    ).toBe(4);
  });
});

describe('committee service: changesSince', () => {
  it('lists added, changed (per tracked field) and removed entries, newest first', () => {
    const { services, clock, deal, director, engineer, upsert } = setup();
    clock.set('2026-11-03T10:00:00.000Z');
    upsert(director.id, { roles: ['decider'], influence: 'high' });
    clock.set('2026-11-10T10:00:00.000Z');
    upsert(director.id, {
      roles: ['decider', 'approver'],
      attitude: 'opponent',
      attitudeScore: -2,
      concerns: 'Not tracked',
    });
    upsert(engineer.id);
    clock.set('2026-11-20T23:30:00.000Z');
    upsert(director.id, { contact: 'distant', lastContactDate: '2026-11-20' });
    services.committee.removeMember({ opportunityId: deal.id, personId: engineer.id });

    const all = services.committee.changesSince({ opportunityId: deal.id, since: '2026-11-01' });
    const z = { personId: director.id, personName: 'Zhou Zhiqiang' };
    const g = { personId: engineer.id, personName: 'Guo Zhenhua' };
    expect(all).toEqual([
      {
        ...g,
        at: '2026-11-20T23:30:01.000Z',
        kind: 'removed',
        field: null,
        before: {
          roles: [],
          attitude: 'neutral',
          attitudeScore: null,
          influence: null,
          contact: 'none',
        },
        after: null,
      },
      {
        ...z,
        at: '2026-11-20T23:30:00.000Z',
        kind: 'changed',
        field: 'contact',
        before: 'none',
        after: 'distant',
      },
      {
        ...g,
        at: '2026-11-10T10:00:01.000Z',
        kind: 'added',
        field: null,
        before: null,
        after: {
          roles: [],
          attitude: 'neutral',
          attitudeScore: null,
          influence: null,
          contact: 'none',
        },
      },
      {
        ...z,
        at: '2026-11-10T10:00:00.000Z',
        kind: 'changed',
        field: 'roles',
        before: ['decider'],
        after: ['decider', 'approver'],
      },
      {
        ...z,
        at: '2026-11-10T10:00:00.000Z',
        kind: 'changed',
        field: 'attitude',
        before: 'neutral',
        after: 'opponent',
      },
      {
        ...z,
        at: '2026-11-10T10:00:00.000Z',
        kind: 'changed',
        field: 'attitudeScore',
        before: null,
        after: -2,
      },
      {
        ...z,
        at: '2026-11-03T10:00:00.000Z',
        kind: 'added',
        field: null,
        before: null,
        after: {
          roles: ['decider'],
          attitude: 'neutral',
          attitudeScore: null,
          influence: 'high',
          contact: 'none',
        },
      },
    ]);

    const since = (value: string) =>
      services.committee
        .changesSince({ opportunityId: deal.id, since: value })
        .map((c) => [c.at, c.kind, c.field]);
    // A date means the start of that day in UTC.
    expect(since('2026-11-10')).toEqual(all.slice(0, 6).map((c) => [c.at, c.kind, c.field]));
    expect(since('2026-11-21')).toEqual([]);
    // A datetime with an offset is compared in UTC: 07:30 in Beijing is 23:30 the day before.
    expect(since('2026-11-21T07:30:00+08:00')).toEqual([
      ['2026-11-20T23:30:01.000Z', 'removed', null],
      ['2026-11-20T23:30:00.000Z', 'changed', 'contact'],
    ]);
    expect(since('2026-11-20T23:30:00.500Z')).toEqual([
      ['2026-11-20T23:30:01.000Z', 'removed', null],
    ]);
  });

  it('names people as they are called now, and leaves other deals out', () => {
    const { services, deal, otherDeal, director, upsert } = setup();
    upsert(director.id);
    services.committee.upsertMember({ opportunityId: otherDeal.id, personId: director.id });
    services.people.update({ id: director.id, version: 1, name: 'Zhou Zhiqiang (CTO)' });
    const changes = services.committee.changesSince({
      opportunityId: deal.id,
      since: '2026-01-01',
    });
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'added', personName: 'Zhou Zhiqiang (CTO)' }),
    ]);
  });

  it('refuses a since that is not a date or an ISO datetime', async () => {
    const { call, deal } = setup();
    for (const since of ['last week', '2026-11-31', '2026-11-02 10:00']) {
      const error = refusal(
        await call('committee.changesSince', { opportunityId: deal.id, since }),
      );
      expect(error.code, since).toBe('invalid_input');
      expect(error.issues?.[0]?.path, since).toEqual(['since']);
    }
  });
});

describe('committee service: coverage', () => {
  /** A committee with a decider never met, an influential opponent without a plan and a stale key contact. */
  function committee() {
    const context = setup();
    const { director, chairman, engineer, buyer, upsert } = context;
    upsert(chairman.id, { roles: ['decider'], influence: 'high', contact: 'none' });
    upsert(director.id, {
      roles: ['specifier'],
      attitude: 'opponent',
      influence: 'high',
      contact: 'distant',
      lastContactDate: '2026-09-20',
    });
    upsert(engineer.id, {
      roles: ['handler', 'coach'],
      attitude: 'supporter',
      influence: 'medium',
      contact: 'close',
      lastContactDate: '2026-10-30',
    });
    upsert(buyer.id, {
      roles: ['purchaser'],
      influence: 'low',
      contact: 'frequent',
      lastContactDate: '2026-10-28',
    });
    return context;
  }

  const codes = (coverage: { flags: { code: string; personId?: string }[] }) =>
    coverage.flags.map((f) => [f.code, f.personId ?? null]);

  it('says the committee is empty before anyone is on it', () => {
    const { services, deal } = setup();
    expect(services.committee.coverage({ opportunityId: deal.id })).toEqual({
      score: 0,
      flags: [expect.objectContaining({ code: 'empty_committee' })],
    });
  });

  it('computes the flags from the saved members, the account’s people, today and the cadence', () => {
    const { services, deal, chairman, director } = committee();
    const coverage = services.committee.coverage({ opportunityId: deal.id });
    expect(codes(coverage)).toEqual([
      ['decider_not_contacted', chairman.id],
      ['opponent_without_plan', director.id],
      ['stale_contact', director.id],
    ]);
    expect(coverage.score).toBe(100 - 20 - 15 - 5);
    expect(coverage.flags[2]).toMatchObject({ params: { days: 43 } });

    // A longer review cadence clears the stale contact.
    services.settings.update({ reviewCadenceDays: 60 });
    expect(codes(services.committee.coverage({ opportunityId: deal.id }))).toEqual([
      ['decider_not_contacted', chairman.id],
      ['opponent_without_plan', director.id],
    ]);
  });

  it('applies a what-if in memory only: nothing is saved', async () => {
    const { db, services, call, deal, chairman, director } = committee();
    const saved = services.committee.get({ opportunityId: deal.id });
    const history = services.history.list({ limit: 1000 });
    const counts = rowCounts(db);

    const whatIf = await call('committee.coverage', {
      opportunityId: deal.id,
      whatIf: [
        { personId: chairman.id, contact: 'frequent' },
        { personId: director.id, attitude: 'neutral', contact: 'close' },
      ],
    });
    // Met and won over in the imagination; the director's last real contact stays stale.
    expect(whatIf).toMatchObject({
      ok: true,
      data: { score: 95, flags: [{ code: 'stale_contact', personId: director.id }] },
    });

    expect(services.committee.get({ opportunityId: deal.id })).toEqual(saved);
    expect(services.history.list({ limit: 1000 })).toEqual(history);
    expect(rowCounts(db)).toEqual(counts);
    expect(codes(services.committee.coverage({ opportunityId: deal.id }))).toHaveLength(3);
  });

  it('refuses a what-if about someone who is not on the committee, and bad values', async () => {
    const { call, deal, kingRep, director } = committee();
    const stranger = refusal(
      await call('committee.coverage', {
        opportunityId: deal.id,
        whatIf: [
          { personId: director.id, attitude: 'supporter' },
          { personId: kingRep.id, attitude: 'supporter' },
        ],
      }),
    );
    expect(stranger).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['whatIf', 1, 'personId'], code: 'not_a_member' }],
    });
    const bad = refusal(
      await call('committee.coverage', {
        opportunityId: deal.id,
        whatIf: [{ personId: director.id, attitude: 'ally' }],
      }),
    );
    expect(bad.issues?.map((i) => [i.path, i.code])).toEqual([
      [['whatIf', 0, 'attitude'], 'invalid_option'],
    ]);
  });

  it('leaves removed members out', () => {
    const { services, deal, director } = committee();
    services.committee.removeMember({ opportunityId: deal.id, personId: director.id });
    const flagged = services.committee
      .coverage({ opportunityId: deal.id })
      .flags.map((f) => f.personId);
    expect(flagged).not.toContain(director.id);
  });
});

describe('committee members as stored', () => {
  it('keeps one active row per person and deal, enforced by the database too', () => {
    const { db, deal, director, upsert } = setup();
    const member: CommitteeMember = upsert(director.id);
    expect(() =>
      db
        .prepare(
          `INSERT INTO committee_members SELECT 'copy', opportunity_id, person_id, function, roles,
             attitude, attitude_score, influence, contact, relationship_owner, last_contact_date,
             concerns, motives, win_formula, plan, version, created_at, updated_at, removed_at
           FROM committee_members WHERE id = ?`,
        )
        .run(member.id),
    ).toThrow(/UNIQUE/);
    expect(deal.id).toBe(member.opportunityId);
  });
});

describe('committee last-contact dates from activities', () => {
  type Members = { members: CommitteeMember[] };
  const lastContact = (result: Result<unknown>, personId: string) => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return (result.data as Members).members.find((m) => m.personId === personId)?.lastContactDate;
  };

  it('shows the later of the stored date and the latest activity naming the person', async () => {
    const { db, call, services, temp, deal, otherDeal, director, engineer, upsert } = setup();
    upsert(director.id, { lastContactDate: '2026-10-01' });
    upsert(engineer.id, { lastContactDate: '2026-11-20' });
    const get = () => call('committee.get', { opportunityId: deal.id });
    expect(lastContact(await get(), director.id)).toBe('2026-10-01');

    // An activity on another deal of the same account counts: contact is with the person.
    services.activities.create(
      activityCreate.parse({
        accountId: temp.id,
        opportunityId: otherDeal.id,
        kind: 'visit',
        date: '2026-11-10',
        personIds: [director.id, engineer.id],
        summary: 'Plant tour',
      }),
    );
    expect(lastContact(await get(), director.id)).toBe('2026-11-10');
    // The stored date is later than the activity: it stays.
    expect(lastContact(await get(), engineer.id)).toBe('2026-11-20');

    // Derived on read: the stored row and its version are untouched.
    const stored = db
      .prepare('SELECT last_contact_date, version FROM committee_members WHERE person_id = ?')
      .get(director.id);
    expect(stored).toEqual({ last_contact_date: '2026-10-01', version: 1 });
  });

  it('feeds coverage and the saved member, so a fresh contact clears the overdue flag', async () => {
    const { call, services, temp, deal, director, upsert, clock } = setup();
    upsert(director.id, { lastContactDate: '2026-01-05', roles: ['decider'], contact: 'close' });
    const flagsOf = async () => {
      const result = await call('committee.coverage', { opportunityId: deal.id });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return (result.data as { flags: { code: string; personId?: string }[] }).flags.filter(
        (f) => f.personId === director.id && f.code === 'stale_contact',
      ).length;
    };
    const before = await flagsOf();
    clock.set('2026-11-02T10:00:00.000Z');
    services.activities.create(
      activityCreate.parse({
        accountId: temp.id,
        kind: 'call',
        date: '2026-11-02',
        personIds: [director.id],
        summary: 'Call about the demo',
      }),
    );
    const after = await flagsOf();
    expect([before, after]).toEqual([1, 0]);
    const saved = await call('committee.upsertMember', {
      opportunityId: deal.id,
      personId: director.id,
      concerns: 'Delivery',
    });
    if (!saved.ok) throw new Error('expected the upsert to succeed');
    expect((saved.data as CommitteeMember).lastContactDate).toBe('2026-11-02');
  });
});
