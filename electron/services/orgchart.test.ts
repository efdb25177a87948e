import { activityCreate } from '../../shared/activities.ts';
import { describe, expect, it } from 'vitest';
import type { ErrorBody, Result } from '../../shared/errors.ts';
import type { MapPosition, OrgChart } from '../../shared/orgchart.ts';
import type { Person, PersonCreate } from '../../shared/schemas.ts';
import { openStore } from '../store/connection.ts';
import { createServices } from './index.ts';
import { input, rowCounts, testRouter, testServices } from './testing.ts';

function setup() {
  const { db, services } = testServices();
  const router = testRouter(services);
  const temp = services.accounts.create(input.account({ name: 'Temp Co' }));
  const king = services.accounts.create(input.account({ name: 'King Co' }));
  const person = (fields: Omit<PersonCreate, 'accountId'>, accountId = temp.id) =>
    services.people.create(input.person({ accountId, ...fields }));
  // Created out of alphabetical order on purpose: the map keeps creation order.
  const chairman = person({ name: 'Wang Jianguo', level: 'decision' });
  const vpOperations = person({ name: 'Ma Guodong', managerId: chairman.id });
  const director = person({ name: 'Zhou Zhiqiang', managerId: chairman.id });
  const itManager = person({
    name: 'Deng Wei',
    managerId: vpOperations.id,
    secondManagerId: director.id,
  });
  const finance = person({
    name: 'Huang Qiuyun',
    managerId: vpOperations.id,
    secondManagerId: chairman.id,
  });
  const buyer = person({ name: 'Song Lijun', managerId: vpOperations.id });
  const consultant = person({ name: 'Qiu Ming', external: true, organization: 'CMIA' });
  const kingRep = person({ name: 'Zheng Peng' }, king.id);
  const deal = services.opportunities.create(
    input.opportunity({ accountId: temp.id, name: 'Plant 2 line' }),
  );
  const kingDeal = services.opportunities.create(
    input.opportunity({ accountId: king.id, name: 'Not ours' }),
  );
  const call = (channel: string, body: unknown) => router.dispatch(channel, body);
  return {
    db,
    services,
    call,
    temp,
    king,
    chairman,
    vpOperations,
    director,
    itManager,
    finance,
    buyer,
    consultant,
    kingRep,
    deal,
    kingDeal,
  };
}

function data<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.data as T;
}

function refusal(result: Result<unknown>): ErrorBody {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return result.error;
}

function snapshot(s: ReturnType<typeof setup>): unknown {
  return {
    counts: rowCounts(s.db),
    history: s.services.history.list({ limit: 1000 }),
    people: s.db.prepare('SELECT * FROM people ORDER BY id').all(),
    positions: s.db.prepare('SELECT * FROM map_positions ORDER BY person_id').all(),
  };
}

describe('orgchart.get', () => {
  it('shows the active people in creation order, lines between active people and their positions', async () => {
    const s = setup();
    const line = s.services.influences.create({
      fromPersonId: s.consultant.id,
      toPersonId: s.director.id,
      kind: 'external',
      direction: 'one_way',
      strength: 'strong',
      note: '',
    });
    const hidden = s.services.influences.create({
      fromPersonId: s.buyer.id,
      toPersonId: s.finance.id,
      kind: 'informal',
      direction: 'mutual',
      strength: 'weak',
      note: '',
    });
    s.services.orgchart.savePositions({
      accountId: s.temp.id,
      positions: [
        { personId: s.buyer.id, x: 5, y: 6 },
        { personId: s.director.id, x: 1.5, y: -2 },
      ],
    });
    s.services.people.update({ id: s.buyer.id, version: 1, archived: true });

    const chart = data<OrgChart>(await s.call('orgchart.get', { accountId: s.temp.id }));
    expect(chart).toEqual({
      accountId: s.temp.id,
      accountName: 'Temp Co',
      people: [s.chairman, s.vpOperations, s.director, s.itManager, s.finance, s.consultant],
      lines: [line],
      positions: [{ personId: s.director.id, x: 1.5, y: -2 }],
      committee: null,
    });
    expect(hidden.id).not.toBe(line.id);
  });

  it('keeps creation order for people written in the same millisecond, whatever their names and ids', () => {
    const { db } = openStore(':memory:', () => new Date('2025-03-01T09:00:00.000Z'));
    const services = createServices({
      db,
      now: () => new Date('2025-03-01T09:00:00.000Z'),
      systemLocale: 'en',
      appVersion: '0.0.0-test',
      workspacePath: ':memory:',
    });
    const account = services.accounts.create(input.account({ name: 'Same Time Co' }));
    const names = ['Zhou', 'An', 'Ma', 'Bo', 'Yu'];
    for (const name of names) {
      services.people.create(input.person({ accountId: account.id, name }));
    }
    expect(services.orgchart.get({ accountId: account.id }).people.map((p) => p.name)).toEqual(
      names,
    );
  });

  it('adds the deal’s committee (removed members left out) when an opportunity is given', async () => {
    const s = setup();
    s.services.committee.upsertMember({
      opportunityId: s.deal.id,
      personId: s.director.id,
      roles: ['evaluator', 'technical_buyer'],
      attitude: 'supporter',
      attitudeScore: 2,
      influence: 'high',
      contact: 'close',
      lastContactDate: '2025-02-20',
      concerns: 'Spindle uptime',
    });
    s.services.committee.upsertMember({
      opportunityId: s.deal.id,
      personId: s.itManager.id,
      roles: ['user'],
    });
    s.services.committee.removeMember({ opportunityId: s.deal.id, personId: s.itManager.id });

    const chart = data<OrgChart>(
      await s.call('orgchart.get', { accountId: s.temp.id, opportunityId: s.deal.id }),
    );
    expect(chart.committee).toEqual({
      opportunityId: s.deal.id,
      opportunityName: 'Plant 2 line',
      members: [
        {
          personId: s.director.id,
          roles: ['evaluator', 'technical_buyer'],
          attitude: 'supporter',
          attitudeScore: 2,
          influence: 'high',
          contact: 'close',
          lastContactDate: '2025-02-20',
        },
      ],
    });
  });

  it('dates a committee member’s last contact from the account’s latest activity with them', async () => {
    const s = setup();
    s.services.committee.upsertMember({
      opportunityId: s.deal.id,
      personId: s.director.id,
      lastContactDate: '2025-02-20',
    });
    s.services.activities.create(
      activityCreate.parse({
        accountId: s.temp.id,
        kind: 'visit',
        date: '2025-02-27',
        personIds: [s.director.id],
        summary: 'Line walk',
      }),
    );
    const chart = data<OrgChart>(
      await s.call('orgchart.get', { accountId: s.temp.id, opportunityId: s.deal.id }),
    );
    expect(chart.committee?.members[0]?.lastContactDate).toBe('2025-02-27');
  });

  it('refuses an unknown account, an unknown deal and a deal of another account', async () => {
    const s = setup();
    const unknownAccount = refusal(await s.call('orgchart.get', { accountId: 'nope' }));
    expect(unknownAccount).toMatchObject({ code: 'not_found', message: 'Account not found' });
    expect(unknownAccount.issues).toEqual([
      expect.objectContaining({ path: ['accountId'], code: 'account_not_found' }),
    ]);

    const unknownDeal = refusal(
      await s.call('orgchart.get', { accountId: s.temp.id, opportunityId: 'nope' }),
    );
    expect(unknownDeal).toMatchObject({ code: 'not_found', message: 'Opportunity not found' });

    const otherDeal = refusal(
      await s.call('orgchart.get', { accountId: s.temp.id, opportunityId: s.kingDeal.id }),
    );
    expect(otherDeal.code).toBe('invalid_input');
    expect(otherDeal.issues).toEqual([
      expect.objectContaining({ path: ['opportunityId'], code: 'opportunity_other_account' }),
    ]);

    const extra = refusal(await s.call('orgchart.get', { accountId: s.temp.id, zoom: 2 }));
    expect(extra.issues).toEqual([expect.objectContaining({ code: 'unknown_field' })]);
  });
});

describe('orgchart positions', () => {
  it('upserts positions in one go, in history, and returns the account’s positions', async () => {
    const s = setup();
    const first = data<MapPosition[]>(
      await s.call('orgchart.savePositions', {
        accountId: s.temp.id,
        positions: [
          { personId: s.director.id, x: 100, y: 200 },
          { personId: s.chairman.id, x: 0, y: 0 },
        ],
      }),
    );
    expect(first).toEqual([
      { personId: s.chairman.id, x: 0, y: 0 },
      { personId: s.director.id, x: 100, y: 200 },
    ]);
    const second = data<MapPosition[]>(
      await s.call('orgchart.savePositions', {
        accountId: s.temp.id,
        positions: [{ personId: s.director.id, x: -40.25, y: 12 }],
      }),
    );
    expect(second).toEqual([
      { personId: s.chairman.id, x: 0, y: 0 },
      { personId: s.director.id, x: -40.25, y: 12 },
    ]);
    expect(s.services.orgchart.get({ accountId: s.temp.id }).positions).toEqual(second);
    expect(
      s.services.history
        .list({ entity: 'map_position', limit: 10 })
        .map((c) => [c.entityId, c.action, c.before, c.after]),
    ).toEqual([
      [s.director.id, 'update', { x: 100, y: 200 }, { x: -40.25, y: 12 }],
      [s.chairman.id, 'create', null, { accountId: s.temp.id, x: 0, y: 0 }],
      [s.director.id, 'create', null, { accountId: s.temp.id, x: 100, y: 200 }],
    ]);
    // Saving a card where it already is writes nothing.
    s.services.orgchart.savePositions({
      accountId: s.temp.id,
      positions: [{ personId: s.director.id, x: -40.25, y: 12 }],
    });
    expect(s.services.history.list({ entity: 'map_position', limit: 10 })).toHaveLength(3);
  });

  it('refuses people of another account or unknown ones, writing none of the positions', async () => {
    const s = setup();
    s.services.orgchart.savePositions({
      accountId: s.temp.id,
      positions: [{ personId: s.director.id, x: 1, y: 1 }],
    });
    const before = snapshot(s);
    const error = refusal(
      await s.call('orgchart.savePositions', {
        accountId: s.temp.id,
        positions: [
          { personId: s.director.id, x: 9, y: 9 },
          { personId: s.kingRep.id, x: 1, y: 2 },
          { personId: s.chairman.id, x: 3, y: 4 },
          { personId: 'nobody', x: 5, y: 6 },
        ],
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => [i.path, i.code])).toEqual([
      [['positions', 1, 'personId'], 'person_other_account'],
      [['positions', 3, 'personId'], 'person_other_account'],
    ]);
    expect(snapshot(s)).toEqual(before);

    const badNumber = refusal(
      await s.call('orgchart.savePositions', {
        accountId: s.temp.id,
        positions: [{ personId: s.director.id, x: 2e6, y: 0 }],
      }),
    );
    expect(badNumber.issues).toEqual([
      expect.objectContaining({ path: ['positions', 0, 'x'], code: 'too_big' }),
    ]);
    const empty = refusal(
      await s.call('orgchart.savePositions', { accountId: s.temp.id, positions: [] }),
    );
    expect(empty.code).toBe('invalid_input');
    const unknownAccount = refusal(
      await s.call('orgchart.savePositions', {
        accountId: 'nope',
        positions: [{ personId: s.director.id, x: 1, y: 1 }],
      }),
    );
    expect(unknownAccount.code).toBe('not_found');
    expect(snapshot(s)).toEqual(before);
  });

  it('resets the listed people’s positions, or all of the account’s, and no other account’s', async () => {
    const s = setup();
    const place = (accountId: string, ids: string[]) =>
      s.services.orgchart.savePositions({
        accountId,
        positions: ids.map((personId, i) => ({ personId, x: i, y: i })),
      });
    place(s.temp.id, [s.chairman.id, s.director.id, s.finance.id]);
    place(s.king.id, [s.kingRep.id]);

    const some = data<MapPosition[]>(
      await s.call('orgchart.resetPositions', {
        accountId: s.temp.id,
        personIds: [s.director.id, s.kingRep.id],
      }),
    );
    expect(some.map((p) => p.personId)).toEqual([s.chairman.id, s.finance.id]);

    const all = data<MapPosition[]>(
      await s.call('orgchart.resetPositions', { accountId: s.temp.id }),
    );
    expect(all).toEqual([]);
    expect(s.services.orgchart.get({ accountId: s.king.id }).positions).toEqual([
      { personId: s.kingRep.id, x: 0, y: 0 },
    ]);
    // Each forgotten position is a delete in history, keeping where it was.
    expect(
      s.services.history
        .list({ entity: 'map_position', limit: 3 })
        .map((c) => [c.entityId, c.action, c.before]),
    ).toEqual([
      [s.finance.id, 'delete', { accountId: s.temp.id, x: 2, y: 2 }],
      [s.chairman.id, 'delete', { accountId: s.temp.id, x: 0, y: 0 }],
      [s.director.id, 'delete', { accountId: s.temp.id, x: 1, y: 1 }],
    ]);
    expect(refusal(await s.call('orgchart.resetPositions', { accountId: 'nope' })).code).toBe(
      'not_found',
    );
  });
});

describe('undoing map positions', () => {
  const place = (s: ReturnType<typeof setup>, positions: MapPosition[]) =>
    s.call('orgchart.savePositions', { accountId: s.temp.id, positions });
  const where = (s: ReturnType<typeof setup>) =>
    s.services.orgchart.get({ accountId: s.temp.id }).positions;

  it('a multi-card move is one step: undo puts every card back, redo moves them again', async () => {
    const s = setup();
    await place(s, [{ personId: s.chairman.id, x: 10, y: 10 }]);
    const moved = await place(s, [
      { personId: s.chairman.id, x: 50, y: 60 },
      { personId: s.director.id, x: 70, y: 80 },
    ]);
    if (!moved.ok) throw new Error('not saved');
    expect(moved.step).toMatchObject({ action: 'move', entity: 'map_position' });
    const state = data<{ undo: { id: number; name: string; records: number } }>(
      await s.call('history.undoState', {}),
    );
    expect(state.undo).toMatchObject({ id: moved.step!.id, name: 'Wang Jianguo', records: 2 });

    data(await s.call('history.undo', {}));
    // The chairman goes back to where he was; the director back to the auto layout.
    expect(where(s)).toEqual([{ personId: s.chairman.id, x: 10, y: 10 }]);
    data(await s.call('history.redo', {}));
    expect(where(s)).toEqual([
      { personId: s.chairman.id, x: 50, y: 60 },
      { personId: s.director.id, x: 70, y: 80 },
    ]);
  });

  it('a re-layout is undone by putting the cards back', async () => {
    const s = setup();
    await place(s, [
      { personId: s.chairman.id, x: 1, y: 2 },
      { personId: s.buyer.id, x: 3, y: 4 },
    ]);
    const reset = await s.call('orgchart.resetPositions', { accountId: s.temp.id });
    if (!reset.ok) throw new Error('not reset');
    expect(reset.step).toMatchObject({ action: 'move', entity: 'map_position' });
    data(await s.call('history.undo', {}));
    expect(where(s)).toEqual([
      { personId: s.chairman.id, x: 1, y: 2 },
      { personId: s.buyer.id, x: 3, y: 4 },
    ]);
  });

  it('refuses, changing nothing, when the card was moved again since', async () => {
    const s = setup();
    const first = await place(s, [{ personId: s.director.id, x: 5, y: 5 }]);
    if (!first.ok) throw new Error('not saved');
    await place(s, [{ personId: s.director.id, x: 9, y: 9 }]);
    const before = snapshot(s);
    const error = refusal(await s.call('history.undo', { stepId: first.step!.id }));
    expect(error.issues?.[0]?.code).toBe('undo_changed_later');
    expect(snapshot(s)).toEqual(before);
    // Taken back newest first, each one goes back in turn.
    const reset = await s.call('orgchart.resetPositions', { accountId: s.temp.id });
    if (!reset.ok) throw new Error('not reset');
    data(await s.call('history.undo', {})); // the reset
    data(await s.call('history.undo', {})); // the second move
    expect(where(s)).toEqual([{ personId: s.director.id, x: 5, y: 5 }]);
    data(await s.call('history.undo', {})); // the first placement: auto layout again
    expect(where(s)).toEqual([]);
  });
});

describe('orgchart.removePerson', () => {
  it('archives the person, moves direct reports up and clears dotted lines, all in history', async () => {
    const s = setup();
    s.services.orgchart.savePositions({
      accountId: s.temp.id,
      positions: [{ personId: s.vpOperations.id, x: 1, y: 2 }],
    });
    const line = s.services.influences.create({
      fromPersonId: s.vpOperations.id,
      toPersonId: s.consultant.id,
      kind: 'personal',
      direction: 'mutual',
      strength: 'strong',
      note: '',
    });
    // A dotted line to the VP too, and an archived report that stays as it was.
    const planner = s.services.people.create(
      input.person({
        accountId: s.temp.id,
        name: 'Planner',
        managerId: s.director.id,
        secondManagerId: s.vpOperations.id,
      }),
    );
    const gone = s.services.people.create(
      input.person({ accountId: s.temp.id, name: 'Gone', managerId: s.vpOperations.id }),
    );
    s.services.people.update({ id: gone.id, version: 1, archived: true });

    const result = data<{ person: Person; reassigned: unknown[] }>(
      await s.call('orgchart.removePerson', { id: s.vpOperations.id, version: 1 }),
    );
    expect(result.person).toMatchObject({ id: s.vpOperations.id, archived: true, version: 2 });
    expect(result.reassigned).toEqual([
      { personId: s.itManager.id, field: 'managerId', from: s.vpOperations.id, to: s.chairman.id },
      { personId: s.finance.id, field: 'managerId', from: s.vpOperations.id, to: s.chairman.id },
      // Her dotted line to the chairman would duplicate her new solid line.
      { personId: s.finance.id, field: 'secondManagerId', from: s.chairman.id, to: null },
      { personId: s.buyer.id, field: 'managerId', from: s.vpOperations.id, to: s.chairman.id },
      { personId: planner.id, field: 'secondManagerId', from: s.vpOperations.id, to: null },
    ]);
    const get = (id: string) => s.services.people.get({ id });
    expect(get(s.itManager.id)).toMatchObject({
      managerId: s.chairman.id,
      secondManagerId: s.director.id,
      version: 2,
    });
    expect(get(s.finance.id)).toMatchObject({
      managerId: s.chairman.id,
      secondManagerId: null,
      version: 2,
    });
    expect(get(planner.id)).toMatchObject({
      managerId: s.director.id,
      secondManagerId: null,
      version: 2,
    });
    expect(get(gone.id)).toMatchObject({ managerId: s.vpOperations.id, version: 2 });

    const history = s.services.history.list({ entity: 'person', limit: 5 });
    expect(history.map((c) => [c.entityId, c.action, c.before, c.after])).toEqual([
      [planner.id, 'update', { secondManagerId: s.vpOperations.id }, { secondManagerId: null }],
      [s.buyer.id, 'update', { managerId: s.vpOperations.id }, { managerId: s.chairman.id }],
      [
        s.finance.id,
        'update',
        { managerId: s.vpOperations.id, secondManagerId: s.chairman.id },
        { managerId: s.chairman.id, secondManagerId: null },
      ],
      [s.itManager.id, 'update', { managerId: s.vpOperations.id }, { managerId: s.chairman.id }],
      [s.vpOperations.id, 'update', { archived: false }, { archived: true }],
    ]);

    // Off the map, but the position and the line stay stored for undo.
    const chart = s.services.orgchart.get({ accountId: s.temp.id });
    expect(chart.people.map((p) => p.id)).not.toContain(s.vpOperations.id);
    expect(chart.lines).toEqual([]);
    expect(chart.positions).toEqual([]);
    expect(rowCounts(s.db)).toMatchObject({ map_positions: 1, influence_lines: 1 });

    // Undo: unarchive and move back.
    s.services.people.update({ id: s.vpOperations.id, version: 2, archived: false });
    s.services.people.update({ id: s.itManager.id, version: 2, managerId: s.vpOperations.id });
    const restored = s.services.orgchart.get({ accountId: s.temp.id });
    expect(restored.lines).toEqual([line]);
    expect(restored.positions).toEqual([{ personId: s.vpOperations.id, x: 1, y: 2 }]);
  });

  it('moves the reports of the top person up to no manager', async () => {
    const s = setup();
    const result = s.services.orgchart.removePerson({ id: s.chairman.id, version: 1 });
    expect(result.reassigned).toEqual([
      { personId: s.vpOperations.id, field: 'managerId', from: s.chairman.id, to: null },
      { personId: s.director.id, field: 'managerId', from: s.chairman.id, to: null },
      { personId: s.finance.id, field: 'secondManagerId', from: s.chairman.id, to: null },
    ]);
    expect(s.services.people.get({ id: s.director.id }).managerId).toBeNull();
  });

  it('refuses a stale version, an unknown or already removed person, and writes nothing', async () => {
    const s = setup();
    s.services.people.update({ id: s.vpOperations.id, version: 1, title: 'VP' });
    const before = snapshot(s);
    const stale = refusal(
      await s.call('orgchart.removePerson', { id: s.vpOperations.id, version: 1 }),
    );
    expect(stale.code).toBe('conflict');
    expect(stale.message).toMatch(/Someone else changed this person/);
    expect(
      refusal(await s.call('orgchart.removePerson', { id: 'nope', version: 1 })),
    ).toMatchObject({ code: 'not_found', message: 'Person not found' });
    expect(
      refusal(
        await s.call('orgchart.removePerson', { id: s.vpOperations.id, version: 2, cascade: true }),
      ).issues,
    ).toEqual([expect.objectContaining({ code: 'unknown_field' })]);
    expect(snapshot(s)).toEqual(before);

    s.services.orgchart.removePerson({ id: s.buyer.id, version: 1 });
    const afterRemove = snapshot(s);
    expect(
      refusal(await s.call('orgchart.removePerson', { id: s.buyer.id, version: 2 })),
    ).toMatchObject({ code: 'not_found' });
    expect(snapshot(s)).toEqual(afterRemove);
  });
});
