import { describe, expect, it } from 'vitest';
import { input, testServices } from './testing.ts';

describe('history service', () => {
  it('lists newest first and filters by entity, id, time (any offset) and limit', () => {
    const { services } = testServices();
    // The test clock starts at 09:00:00Z and ticks one second per reading.
    const temp = services.accounts.create(input.account({ name: 'Temp Co' }));
    const king = services.accounts.create(input.account({ name: 'King Co' }));
    const wang = services.people.create(input.person({ accountId: temp.id, name: 'Wang' }));
    services.accounts.update({ id: temp.id, version: 1, grade: 'A' });

    const all = services.history.list({ limit: 200 });
    expect(all.map((c) => [c.entity, c.entityId, c.action])).toEqual([
      ['account', temp.id, 'update'],
      ['person', wang.id, 'create'],
      ['account', king.id, 'create'],
      ['account', temp.id, 'create'],
    ]);
    expect(all.map((c) => c.at)).toEqual([
      '2025-03-01T09:00:03.000Z',
      '2025-03-01T09:00:02.000Z',
      '2025-03-01T09:00:01.000Z',
      '2025-03-01T09:00:00.000Z',
    ]);

    expect(services.history.list({ entity: 'person', limit: 200 }).map((c) => c.entityId)).toEqual([
      wang.id,
    ]);
    expect(services.history.list({ entityId: temp.id, limit: 200 }).map((c) => c.action)).toEqual([
      'update',
      'create',
    ]);
    expect(services.history.list({ limit: 1 })).toEqual([all[0]]);
    // 17:00:02 in Beijing is 09:00:02Z: the bound is inclusive.
    expect(services.history.list({ since: '2025-03-01T17:00:02+08:00', limit: 200 })).toEqual(
      all.slice(0, 2),
    );
  });

  it("lists one record's changes (through the index) as the full log filtered to it", () => {
    const { services } = testServices();
    const temp = services.accounts.create(input.account({ name: 'Temp Co' }));
    const king = services.accounts.create(input.account({ name: 'King Co' }));
    for (let version = 1; version <= 4; version++) {
      services.accounts.update({ id: temp.id, version, grade: version % 2 ? 'A' : 'B' });
      services.accounts.update({ id: king.id, version, grade: version % 2 ? 'B' : 'C' });
    }
    const all = services.history.list({ limit: 200 });
    for (const id of [temp.id, king.id]) {
      const mine = all.filter((c) => c.entity === 'account' && c.entityId === id);
      expect(mine).toHaveLength(5);
      expect(services.history.list({ entity: 'account', entityId: id, limit: 200 })).toEqual(mine);
      expect(services.history.list({ entity: 'account', entityId: id, limit: 2 })).toEqual(
        mine.slice(0, 2),
      );
      const since = mine[2]!.at;
      expect(services.history.list({ entity: 'account', entityId: id, since, limit: 200 })).toEqual(
        mine.filter((c) => c.at >= since),
      );
    }
    expect(services.history.list({ entity: 'person', entityId: temp.id, limit: 200 })).toEqual([]);
  });
});
