import { describe, expect, it } from 'vitest';
import { appErrorOf, input, rowCounts, testServices } from './testing.ts';

const draft = input.account;

describe('accounts service', () => {
  it('creates an account with defaults, version 1 and a history entry', () => {
    const { services } = testServices();
    const account = services.accounts.create(draft({ name: 'Temp Co', grade: 'A' }));
    expect(account).toMatchObject({
      name: 'Temp Co',
      grade: 'A',
      funnelStage: 'prospect',
      archived: false,
      version: 1,
    });
    expect(account.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(services.accounts.get({ id: account.id })).toEqual(account);

    const [entry] = services.history.list({ limit: 10 });
    expect(entry).toMatchObject({
      entity: 'account',
      entityId: account.id,
      action: 'create',
      before: null,
    });
    expect(entry?.after).toMatchObject({ name: 'Temp Co', grade: 'A', archived: false });
    expect(entry?.after).not.toHaveProperty('version');
  });

  it('round-trips every field', () => {
    const { services } = testServices();
    const full = draft({
      name: '华为技术有限公司',
      address: 'Bantian, Shenzhen',
      phone: '+86 755 0000',
      fax: '+86 755 0001',
      bankAccount: 'ICBC 1234',
      website: 'https://example.com',
      industry: 'Telecom',
      region: 'South China',
      developmentPlans: 'New plant in 2026',
      fiscalYearStartMonth: 4,
      listed: true,
      revenue: 1234567.89,
      staffSize: 200000,
      budget: 5_000_000,
      installedBase: 'Brand X lathes',
      deliveryPreferences: 'Priority delivery',
      sites: 'Shenzhen, Dongguan',
      pastDeals: '2019: 3 machines',
      paymentBehaviour: 'late',
      grade: 'B',
      funnelStage: 'target_customer',
      owner: '陈明',
    });
    const created = services.accounts.create(full);
    const { id, version, createdAt, updatedAt, archived, ...fields } = services.accounts.get({
      id: created.id,
    });
    expect(fields).toEqual(full);
    expect({ id, version, createdAt, updatedAt, archived }).toEqual({
      id: created.id,
      version: 1,
      createdAt: created.createdAt,
      updatedAt: created.createdAt,
      archived: false,
    });
  });

  it('updates the given fields, bumps version and updatedAt, and records only what changed', () => {
    const { services } = testServices();
    const account = services.accounts.create(draft({ name: 'Temp Co', region: 'East' }));
    const updated = services.accounts.update({
      id: account.id,
      version: 1,
      region: 'North',
      name: 'Temp Co',
    });
    expect(updated).toMatchObject({ name: 'Temp Co', region: 'North', version: 2 });
    expect(updated.updatedAt > account.updatedAt).toBe(true);
    expect(updated.createdAt).toBe(account.createdAt);

    const [latest] = services.history.list({ entity: 'account', entityId: account.id, limit: 10 });
    expect(latest).toMatchObject({
      action: 'update',
      before: { region: 'East' },
      after: { region: 'North' },
    });
  });

  it('writes nothing for an update that changes nothing', () => {
    const { db, services } = testServices();
    const account = services.accounts.create(draft({ name: 'Temp Co' }));
    const before = rowCounts(db);
    expect(services.accounts.update({ id: account.id, version: 1, name: 'Temp Co' })).toEqual(
      account,
    );
    expect(rowCounts(db)).toEqual(before);
  });

  it('refuses a stale version as a conflict and writes nothing', () => {
    const { db, services } = testServices();
    const account = services.accounts.create(draft({ name: 'Temp Co' }));
    services.accounts.update({ id: account.id, version: 1, owner: 'Li' });
    const before = rowCounts(db);

    const stale = appErrorOf(() =>
      services.accounts.update({ id: account.id, version: 1, owner: 'Wang' }),
    );
    expect(stale.code).toBe('conflict');
    expect(stale.message).toMatch(/Someone else changed this account; reload/);
    expect(
      appErrorOf(() => services.accounts.archive({ id: account.id, version: 1, archived: true }))
        .code,
    ).toBe('conflict');
    expect(rowCounts(db)).toEqual(before);
    expect(services.accounts.get({ id: account.id }).owner).toBe('Li');
  });

  it('says not_found for unknown ids', () => {
    const { services } = testServices();
    for (const call of [
      () => services.accounts.get({ id: 'nope' }),
      () => services.accounts.update({ id: 'nope', version: 1, name: 'X' }),
      () => services.accounts.archive({ id: 'nope', version: 1, archived: true }),
    ]) {
      const error = appErrorOf(call);
      expect(error.code).toBe('not_found');
      expect(error.message).toBe('Account not found');
    }
  });

  it('refuses a name already used by another active account, ignoring case, width and spaces', () => {
    const { db, services } = testServices();
    services.accounts.create(draft({ name: 'Temp Co' }));
    const other = services.accounts.create(draft({ name: 'King Co' }));
    const before = rowCounts(db);

    for (const call of [
      () => services.accounts.create(draft({ name: '  temp co ' })),
      () => services.accounts.create(draft({ name: 'ＴＥＭＰ　ＣＯ' })),
      () => services.accounts.update({ id: other.id, version: 1, name: 'TEMP CO' }),
    ]) {
      const error = appErrorOf(call);
      expect(error.code).toBe('conflict');
      expect(error.issues).toEqual([
        expect.objectContaining({ path: ['name'], code: 'duplicate_name' }),
      ]);
    }
    expect(rowCounts(db)).toEqual(before);
  });

  it('archives and restores, lists archived accounts only when asked, and frees the name meanwhile', () => {
    const { services } = testServices();
    const temp = services.accounts.create(draft({ name: 'Temp Co' }));
    services.accounts.create(draft({ name: 'King Co' }));

    const archived = services.accounts.archive({ id: temp.id, version: 1, archived: true });
    expect(archived).toMatchObject({ archived: true, version: 2 });
    expect(services.accounts.list({ includeArchived: false }).map((a) => a.name)).toEqual([
      'King Co',
    ]);
    expect(services.accounts.list({ includeArchived: true }).map((a) => a.name)).toEqual([
      'King Co',
      'Temp Co',
    ]);

    // While archived, its name may be reused; restoring it then would make two active look-alikes.
    const reused = services.accounts.create(draft({ name: 'temp co' }));
    const refused = appErrorOf(() =>
      services.accounts.archive({ id: temp.id, version: 2, archived: false }),
    );
    expect(refused.issues?.[0]?.code).toBe('duplicate_name');
    services.accounts.archive({ id: reused.id, version: 1, archived: true });

    const restored = services.accounts.archive({ id: temp.id, version: 2, archived: false });
    expect(restored).toMatchObject({ archived: false, version: 3 });
    const [entry] = services.history.list({ entityId: temp.id, limit: 1 });
    expect(entry).toMatchObject({
      action: 'update',
      before: { archived: true },
      after: { archived: false },
    });
  });

  it('counts active people and open opportunities in the list', () => {
    const { services } = testServices();
    const account = services.accounts.create(draft({ name: 'Temp Co' }));
    const accountId = account.id;
    services.people.create(input.person({ accountId, name: 'Wang' }));
    const gone = services.people.create(input.person({ accountId, name: 'Li' }));
    services.people.update({ id: gone.id, version: 1, archived: true });
    services.opportunities.create(input.opportunity({ accountId, name: 'Open deal' }));
    services.opportunities.create(
      input.opportunity({ accountId, name: 'Won deal', status: 'won' }),
    );

    const [item] = services.accounts.list({ includeArchived: false });
    expect(item).toMatchObject({ name: 'Temp Co', peopleCount: 1, openOpportunityCount: 1 });
  });
});
