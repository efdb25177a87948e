import { describe, expect, it } from 'vitest';
import type { OpportunityCreate } from '../../shared/schemas.ts';
import { appErrorOf, input, rowCounts, testServices } from './testing.ts';

function setup() {
  const { db, services } = testServices();
  const temp = services.accounts.create(input.account({ name: 'Temp Co' }));
  const king = services.accounts.create(input.account({ name: 'King Co' }));
  const create = (fields: Omit<OpportunityCreate, 'accountId'>, accountId = temp.id) =>
    services.opportunities.create(input.opportunity({ accountId, ...fields }));
  return { db, services, temp, king, create };
}

describe('opportunities service', () => {
  it('defaults the probability to the stage default, but keeps one that is given', () => {
    const { create } = setup();
    expect(create({ name: 'A' }).probability).toBe(10);
    expect(create({ name: 'B', salesStage: 'evaluation' }).probability).toBe(70);
    expect(create({ name: 'C', salesStage: 'evaluation', probability: 55 }).probability).toBe(55);
    expect(create({ name: 'D', salesStage: 'negotiation', probability: 0 }).probability).toBe(0);
  });

  it('moves the probability with a new stage unless one is given', () => {
    const { services, create } = setup();
    const deal = create({ name: 'Lathes', salesStage: 'first_proposal', probability: 35 });
    const renamed = services.opportunities.update({ id: deal.id, version: 1, name: 'Lathes x4' });
    expect(renamed.probability).toBe(35);
    const staged = services.opportunities.update({
      id: deal.id,
      version: 2,
      salesStage: 'negotiation',
    });
    expect(staged.probability).toBe(90);
    const both = services.opportunities.update({
      id: deal.id,
      version: 3,
      salesStage: 'signed',
      probability: 95,
    });
    expect(both).toMatchObject({ salesStage: 'signed', probability: 95, version: 4 });

    const [entry] = services.history
      .list({ entity: 'opportunity', entityId: deal.id, limit: 10 })
      .slice(1);
    expect(entry).toMatchObject({
      before: { salesStage: 'first_proposal', probability: 35 },
      after: { salesStage: 'negotiation', probability: 90 },
    });
  });

  it('round-trips every field and lists with the account name, all or by account', () => {
    const { services, create, king, temp } = setup();
    const fields = {
      name: 'Capacity expansion',
      products: 'CNC lathe KL-500 x4',
      amount: 3_200_000.5,
      currency: 'USD',
      expectedCloseDate: '2025-09-30',
      owner: '郑鹏',
      purchaseType: 'modified_rebuy',
      salesStage: 'solution_demo',
      probability: 45,
      buyingStage: 'criteria_set',
      status: 'open',
      statusReason: '',
    } as const;
    const deal = create(fields);
    expect(services.opportunities.get({ id: deal.id })).toEqual({
      ...deal,
      ...fields,
      accountId: temp.id,
    });
    create({ name: 'Service contract' }, king.id);

    const all = services.opportunities.list({});
    expect(all.map((o) => [o.accountName, o.name])).toEqual([
      ['King Co', 'Service contract'],
      ['Temp Co', 'Capacity expansion'],
    ]);
    expect(services.opportunities.list({ accountId: temp.id })).toEqual([
      { ...deal, accountName: 'Temp Co' },
    ]);
    expect(appErrorOf(() => services.opportunities.list({ accountId: 'nope' })).code).toBe(
      'not_found',
    );
  });

  it('needs a reason for lost and dropped deals, checked on the merged record', () => {
    const { db, services, create } = setup();
    const deal = create({ name: 'Lathes' });
    const lost = services.opportunities.update({
      id: deal.id,
      version: 1,
      status: 'lost',
      statusReason: 'Price',
    });
    const before = rowCounts(db);

    // The router's schema checks create input too; the service is the authority for direct callers.
    const unreasoned = {
      ...input.opportunity({ accountId: deal.accountId, name: 'Y' }),
      status: 'lost' as const,
    };
    for (const call of [
      () => services.opportunities.update({ id: deal.id, version: 2, statusReason: '  ' }),
      () =>
        services.opportunities.update({
          id: deal.id,
          version: 2,
          status: 'dropped',
          statusReason: '',
        }),
      () => services.opportunities.create(unreasoned),
    ]) {
      const error = appErrorOf(call);
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toEqual([
        expect.objectContaining({ path: ['statusReason'], code: 'reason_required' }),
      ]);
    }
    expect(rowCounts(db)).toEqual(before);
    expect(
      services.opportunities.update({ id: deal.id, version: 2, status: 'open', statusReason: '' })
        .status,
    ).toBe('open');
    expect(lost.statusReason).toBe('Price');
  });

  it('refuses unknown and archived accounts, stale versions and unknown ids', () => {
    const { db, services, create, king } = setup();
    const deal = create({ name: 'Lathes' });
    services.opportunities.update({ id: deal.id, version: 1, amount: 10 });
    services.accounts.archive({ id: king.id, version: 1, archived: true });
    const before = rowCounts(db);

    const unknown = appErrorOf(() => create({ name: 'X' }, 'no-such-account'));
    expect(unknown).toMatchObject({ code: 'not_found', message: 'Account not found' });
    expect(appErrorOf(() => create({ name: 'X' }, king.id)).issues?.[0]?.code).toBe(
      'account_archived',
    );
    const stale = appErrorOf(() =>
      services.opportunities.update({ id: deal.id, version: 1, amount: 20 }),
    );
    expect(stale).toMatchObject({ code: 'conflict' });
    expect(stale.message).toMatch(/Someone else changed this opportunity/);
    expect(appErrorOf(() => services.opportunities.get({ id: 'nope' })).message).toBe(
      'Opportunity not found',
    );
    expect(rowCounts(db)).toEqual(before);
  });
});
