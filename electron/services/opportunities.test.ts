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
  it('defaults the probability to the stage default; one that differs is stored as the override', () => {
    const { create } = setup();
    expect(create({ name: 'A' })).toMatchObject({
      stageSetId: 'sales8',
      salesStage: 'account_planning',
      probability: 10,
      probabilityOverride: null,
    });
    const b = create({ name: 'B', salesStage: 'evaluation', probability: 70 });
    expect(b).toMatchObject({ probability: 70, probabilityOverride: null });
    const c = create({ name: 'C', salesStage: 'evaluation', probability: 55 });
    expect(c).toMatchObject({ probability: 55, probabilityOverride: 55 });
    const d = create({ name: 'D', salesStage: 'negotiation', probability: 0 });
    expect(d).toMatchObject({ probability: 0, probabilityOverride: 0 });
  });

  it('moves the probability with a new stage unless overridden; the override is kept in history', () => {
    const { services, create } = setup();
    const deal = create({ name: 'Lathes', salesStage: 'first_proposal' });
    const update = (version: number, fields: object) =>
      services.opportunities.update({ id: deal.id, version, ...fields });
    expect(update(1, { name: 'Lathes x4' }).probability).toBe(30);
    expect(update(2, { salesStage: 'negotiation' }).probability).toBe(90);
    // The form sends every field: an unchanged probability is not an override.
    expect(update(3, { salesStage: 'evaluation', probability: 90 })).toMatchObject({
      probability: 70,
      probabilityOverride: null,
    });
    expect(update(4, { salesStage: 'signed', probability: 95 })).toMatchObject({
      salesStage: 'signed',
      probability: 95,
      probabilityOverride: 95,
      version: 5,
    });
    expect(update(5, { salesStage: 'negotiation' })).toMatchObject({
      probability: 95,
      probabilityOverride: 95,
    });
    // Pinning the stage's own number keeps it pinned; null returns to the stage.
    expect(update(6, { probabilityOverride: 90 })).toMatchObject({
      probability: 90,
      probabilityOverride: 90,
    });
    expect(update(7, { salesStage: 'evaluation' }).probability).toBe(90);
    expect(update(8, { probabilityOverride: null })).toMatchObject({
      probability: 70,
      probabilityOverride: null,
    });

    const history = services.history.list({ entity: 'opportunity', entityId: deal.id, limit: 20 });
    expect(history[0]).toMatchObject({
      before: { probability: 90, probabilityOverride: 90 },
      after: { probability: 70, probabilityOverride: null },
    });
    expect(history.at(-3)).toMatchObject({
      before: { salesStage: 'first_proposal', probability: 30 },
      after: { salesStage: 'negotiation', probability: 90 },
    });
  });

  it("refuses a stage outside the deal's stage set and an unknown set, writing nothing", () => {
    const { db, services, create } = setup();
    const deal = create({ name: 'Lathes' });
    const before = rowCounts(db);
    const issueOf = (call: () => unknown) => appErrorOf(call).issues?.[0];
    expect(issueOf(() => create({ name: 'X', salesStage: 'tender' }))).toMatchObject({
      path: ['salesStage'],
      code: 'stage_not_in_set',
    });
    expect(issueOf(() => create({ name: 'X', stageSetId: 'nope' }))).toMatchObject({
      path: ['stageSetId'],
      code: 'invalid_option',
    });
    expect(
      issueOf(() =>
        services.opportunities.update({ id: deal.id, version: 1, salesStage: 'tender' }),
      ),
    ).toMatchObject({ path: ['salesStage'], code: 'stage_not_in_set' });
    expect(rowCounts(db)).toEqual(before);

    const large = create({ name: 'Big', stageSetId: 'large_account6' });
    expect(large).toMatchObject({ salesStage: 'account_development', probability: 10 });
    expect(
      services.opportunities.update({ id: large.id, version: 1, salesStage: 'tender' }),
    ).toMatchObject({ salesStage: 'tender', probability: 60 });
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
      probability: 40,
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
