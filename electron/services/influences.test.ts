import { describe, expect, it } from 'vitest';
import type { ErrorBody, Result } from '../../shared/errors.ts';
import type { InfluenceLine } from '../../shared/orgchart.ts';
import type { Change, PersonCreate } from '../../shared/schemas.ts';
import { input, rowCounts, testRouter, testServices } from './testing.ts';

function setup() {
  const { db, services } = testServices();
  const router = testRouter(services);
  const temp = services.accounts.create(input.account({ name: 'Temp Co' }));
  const king = services.accounts.create(input.account({ name: 'King Co' }));
  const person = (fields: Omit<PersonCreate, 'accountId'>, accountId = temp.id) =>
    services.people.create(input.person({ accountId, ...fields }));
  const chairman = person({ name: 'Wang Jianguo', level: 'decision' });
  const plantManager = person({ name: 'Ma Guodong', managerId: chairman.id });
  const director = person({ name: 'Zhou Zhiqiang', managerId: chairman.id });
  const engineer = person({ name: 'Guo Zhenhua', managerId: director.id });
  const consultant = person({ name: 'Qiu Ming', external: true, organization: 'CMIA' });
  const kingRep = person({ name: 'Zheng Peng' }, king.id);
  const call = (channel: string, body: unknown) => router.dispatch(channel, body);
  return {
    db,
    services,
    call,
    temp,
    chairman,
    plantManager,
    director,
    engineer,
    consultant,
    kingRep,
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

/** Row counts and the whole history: equal before and after means nothing was written. */
function snapshot(s: ReturnType<typeof setup>): unknown {
  return {
    counts: rowCounts(s.db),
    history: s.services.history.list({ limit: 1000 }),
    lines: s.db.prepare('SELECT * FROM influence_lines ORDER BY id').all(),
  };
}

describe('influences: create', () => {
  it('draws a line with the defaults, in history as created', async () => {
    const s = setup();
    const line = data<InfluenceLine>(
      await s.call('influences.create', {
        fromPersonId: s.plantManager.id,
        toPersonId: s.consultant.id,
        kind: 'personal',
      }),
    );
    expect(line).toMatchObject({
      accountId: s.temp.id,
      fromPersonId: s.plantManager.id,
      toPersonId: s.consultant.id,
      kind: 'personal',
      direction: 'one_way',
      strength: 'medium',
      note: '',
      version: 1,
    });
    expect(s.services.orgchart.get({ accountId: s.temp.id }).lines).toEqual([line]);
    const [entry] = s.services.history.list({ entity: 'influence_line', limit: 5 });
    expect(entry).toMatchObject<Partial<Change>>({
      entityId: line.id,
      action: 'create',
      before: null,
      after: {
        accountId: s.temp.id,
        fromPersonId: s.plantManager.id,
        toPersonId: s.consultant.id,
        kind: 'personal',
        direction: 'one_way',
        strength: 'medium',
        note: '',
      },
    });
  });

  it('allows lines of different kinds between the same two people', async () => {
    const s = setup();
    for (const kind of ['formal', 'informal', 'personal', 'external']) {
      data(
        await s.call('influences.create', {
          fromPersonId: s.director.id,
          toPersonId: s.engineer.id,
          kind,
        }),
      );
    }
    expect(s.services.orgchart.get({ accountId: s.temp.id }).lines).toHaveLength(4);
  });

  it('refuses a second line of the same kind in either direction, writing nothing', async () => {
    const s = setup();
    data(
      await s.call('influences.create', {
        fromPersonId: s.director.id,
        toPersonId: s.engineer.id,
        kind: 'informal',
        direction: 'mutual',
      }),
    );
    const before = snapshot(s);
    for (const [from, to] of [
      [s.director.id, s.engineer.id],
      [s.engineer.id, s.director.id],
    ]) {
      const error = refusal(
        await s.call('influences.create', { fromPersonId: from, toPersonId: to, kind: 'informal' }),
      );
      expect(error).toMatchObject({ code: 'invalid_input' });
      expect(error.issues).toEqual([
        expect.objectContaining({ path: ['kind'], code: 'influence_duplicate' }),
      ]);
    }
    expect(snapshot(s)).toEqual(before);
  });

  it('refuses a self-line, an end in another account, an unknown or archived person', async () => {
    const s = setup();
    s.services.people.update({ id: s.engineer.id, version: 1, archived: true });
    const before = snapshot(s);
    const cases: [unknown, (string | number)[], string][] = [
      [
        { fromPersonId: s.director.id, toPersonId: s.director.id, kind: 'formal' },
        ['toPersonId'],
        'influence_self',
      ],
      [
        { fromPersonId: s.director.id, toPersonId: s.kingRep.id, kind: 'external' },
        ['toPersonId'],
        'influence_other_account',
      ],
      [
        { fromPersonId: s.kingRep.id, toPersonId: s.director.id, kind: 'external' },
        ['toPersonId'],
        'influence_other_account',
      ],
      [
        { fromPersonId: 'nobody', toPersonId: s.director.id, kind: 'informal' },
        ['fromPersonId'],
        'person_not_found',
      ],
      [
        { fromPersonId: s.director.id, toPersonId: 'nobody', kind: 'informal' },
        ['toPersonId'],
        'person_not_found',
      ],
      [
        { fromPersonId: s.director.id, toPersonId: s.engineer.id, kind: 'informal' },
        ['toPersonId'],
        'person_not_found',
      ],
      [
        { fromPersonId: s.engineer.id, toPersonId: s.director.id, kind: 'informal' },
        ['fromPersonId'],
        'person_not_found',
      ],
    ];
    for (const [body, path, code] of cases) {
      const error = refusal(await s.call('influences.create', body));
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toEqual([expect.objectContaining({ path, code })]);
    }
    expect(snapshot(s)).toEqual(before);
  });

  it('refuses a bad enum value, a missing end and an unknown field before any service runs', async () => {
    const s = setup();
    const before = snapshot(s);
    const base = { fromPersonId: s.director.id, toPersonId: s.engineer.id, kind: 'informal' };
    const cases: [unknown, (string | number)[], string][] = [
      [{ ...base, kind: 'romantic' }, ['kind'], 'invalid_option'],
      [{ ...base, direction: 'both' }, ['direction'], 'invalid_option'],
      [{ ...base, strength: 'huge' }, ['strength'], 'invalid_option'],
      [{ ...base, toPersonId: undefined }, ['toPersonId'], 'required'],
      [{ ...base, accountId: s.temp.id }, [], 'unknown_field'],
      [{ ...base, note: 'x'.repeat(2001) }, ['note'], 'too_long'],
    ];
    for (const [body, path, code] of cases) {
      const error = refusal(await s.call('influences.create', body));
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toEqual([expect.objectContaining({ path, code })]);
    }
    expect(snapshot(s)).toEqual(before);
  });
});

describe('influences: update and delete', () => {
  async function withLines() {
    const s = setup();
    const informal = data<InfluenceLine>(
      await s.call('influences.create', {
        fromPersonId: s.director.id,
        toPersonId: s.engineer.id,
        kind: 'informal',
      }),
    );
    const personal = data<InfluenceLine>(
      await s.call('influences.create', {
        fromPersonId: s.engineer.id,
        toPersonId: s.director.id,
        kind: 'personal',
        strength: 'strong',
      }),
    );
    return { ...s, informal, personal };
  }

  it('changes kind, direction, strength and note, recording only what changed', async () => {
    const s = await withLines();
    const updated = data<InfluenceLine>(
      await s.call('influences.update', {
        id: s.informal.id,
        version: 1,
        kind: 'formal',
        direction: 'mutual',
        note: ' Same badminton club ',
      }),
    );
    expect(updated).toMatchObject({
      kind: 'formal',
      direction: 'mutual',
      strength: 'medium',
      note: 'Same badminton club',
      fromPersonId: s.director.id,
      toPersonId: s.engineer.id,
      version: 2,
    });
    const [entry] = s.services.history.list({ entityId: s.informal.id, limit: 5 });
    expect(entry).toMatchObject({
      entity: 'influence_line',
      action: 'update',
      before: { kind: 'informal', direction: 'one_way', note: '' },
      after: { kind: 'formal', direction: 'mutual', note: 'Same badminton club' },
    });
    // Nothing changed: no new version, no history.
    const same = data<InfluenceLine>(
      await s.call('influences.update', { id: s.informal.id, version: 2, kind: 'formal' }),
    );
    expect(same.version).toBe(2);
    expect(s.services.history.list({ entityId: s.informal.id, limit: 5 })).toHaveLength(2);
  });

  it('refuses an update to a kind the pair already has, a stale version, unknown fields and ends', async () => {
    const s = await withLines();
    const before = snapshot(s);

    const duplicate = refusal(
      await s.call('influences.update', { id: s.informal.id, version: 1, kind: 'personal' }),
    );
    expect(duplicate.issues).toEqual([
      expect.objectContaining({ path: ['kind'], code: 'influence_duplicate' }),
    ]);

    const stale = refusal(
      await s.call('influences.update', { id: s.informal.id, version: 2, strength: 'weak' }),
    );
    expect(stale).toMatchObject({ code: 'conflict' });
    expect(stale.message).toMatch(/Someone else changed this influence line/);

    const ends = refusal(
      await s.call('influences.update', {
        id: s.informal.id,
        version: 1,
        toPersonId: s.chairman.id,
      }),
    );
    expect(ends.issues).toEqual([expect.objectContaining({ code: 'unknown_field' })]);

    const badEnum = refusal(
      await s.call('influences.update', { id: s.informal.id, version: 1, strength: 'huge' }),
    );
    expect(badEnum.issues).toEqual([
      expect.objectContaining({ path: ['strength'], code: 'invalid_option' }),
    ]);

    const missing = refusal(await s.call('influences.update', { id: 'nope', version: 1 }));
    expect(missing).toMatchObject({ code: 'not_found', message: 'Influence line not found' });
    expect(snapshot(s)).toEqual(before);
  });

  it('deletes a line, returns it as it was and records the delete; undo can draw it again', async () => {
    const s = await withLines();
    const deleted = data<InfluenceLine>(await s.call('influences.delete', { id: s.personal.id }));
    expect(deleted).toEqual(s.personal);
    expect(s.services.orgchart.get({ accountId: s.temp.id }).lines).toEqual([s.informal]);
    const [entry] = s.services.history.list({ entityId: s.personal.id, limit: 5 });
    expect(entry).toMatchObject({
      entity: 'influence_line',
      action: 'delete',
      before: expect.objectContaining({ kind: 'personal', strength: 'strong' }),
      after: {},
    });
    const before = snapshot(s);
    expect(refusal(await s.call('influences.delete', { id: s.personal.id }))).toMatchObject({
      code: 'not_found',
    });
    expect(snapshot(s)).toEqual(before);

    const {
      id: _,
      version: __,
      createdAt: ___,
      updatedAt: ____,
      accountId: _____,
      ...again
    } = deleted;
    const redrawn = data<InfluenceLine>(await s.call('influences.create', again));
    expect(redrawn).toMatchObject({ kind: 'personal', strength: 'strong', version: 1 });
  });

  it('treats a line with an archived end as gone: hidden on the map, not updatable, back on unarchive', async () => {
    const s = await withLines();
    const archived = s.services.people.update({ id: s.engineer.id, version: 1, archived: true });
    expect(s.services.orgchart.get({ accountId: s.temp.id }).lines).toEqual([]);
    const before = snapshot(s);
    expect(
      refusal(await s.call('influences.update', { id: s.informal.id, version: 1, note: 'x' })),
    ).toMatchObject({ code: 'not_found' });
    expect(refusal(await s.call('influences.delete', { id: s.informal.id }))).toMatchObject({
      code: 'not_found',
    });
    expect(snapshot(s)).toEqual(before);
    s.services.people.update({ id: s.engineer.id, version: archived.version, archived: false });
    expect(s.services.orgchart.get({ accountId: s.temp.id }).lines).toEqual([
      s.informal,
      s.personal,
    ]);
  });

  it('keeps a unique index as the safety net against duplicates written around the service', async () => {
    const s = await withLines();
    expect(() =>
      s.db
        .prepare(
          `INSERT INTO influence_lines (id, account_id, from_person_id, to_person_id, kind,
             direction, strength, note, version, created_at, updated_at)
           VALUES ('x', ?, ?, ?, 'informal', 'one_way', 'weak', '', 1, 'now', 'now')`,
        )
        .run(s.temp.id, s.engineer.id, s.director.id),
    ).toThrow(/UNIQUE/);
  });
});
