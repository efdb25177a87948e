import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../shared/channels.ts';
import type { ErrorBody, Result } from '../../shared/errors.ts';
import {
  LARGE_ACCOUNT6_STAGE_SET,
  SALES8_STAGE_SET,
  type StageSet,
  type StageSetSave,
} from '../../shared/pipeline.ts';
import type { Opportunity } from '../../shared/schemas.ts';
import { input, testRouter, testServices } from './testing.ts';

function setup() {
  const { db, services } = testServices();
  const router = testRouter(services);
  const call = (channel: ChannelName, body: unknown) => router.dispatch(channel, body);
  async function ok<T>(channel: ChannelName, body: unknown): Promise<T> {
    const result = await call(channel, body);
    if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
    return result.data as T;
  }
  const temp = services.accounts.create(input.account({ name: 'Temp Co' }));
  const deal = services.opportunities.create(
    input.opportunity({ accountId: temp.id, name: 'Plant 2 line', salesStage: 'evaluation' }),
  );
  /** Everything a refused save must leave as it was. */
  const state = () => ({
    sets: services.stages.listSets(),
    deals: services.opportunities.list({}),
    history: services.history.list({ limit: 1000 }),
  });
  return { db, services, call, ok, deal, temp, state };
}

function refusal(result: Result<unknown>): ErrorBody {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return result.error;
}
const issuesOf = (error: ErrorBody) => (error.issues ?? []).map((i) => [i.path, i.code]);

/** A stage set as the editor sends it. */
const saveOf = (set: StageSet, over: Partial<StageSetSave> = {}): StageSetSave => ({
  id: set.id,
  version: set.version,
  nameZh: set.nameZh,
  nameEn: set.nameEn,
  stages: set.stages,
  ...over,
});

describe('stage sets', () => {
  it('edits a built-in set: renamed stage, new probability followed by deals not overridden', async () => {
    const { ok, services, deal, temp } = setup();
    const pinned = services.opportunities.create(
      input.opportunity({
        accountId: temp.id,
        name: 'Spares',
        salesStage: 'evaluation',
        probability: 55,
      }),
    );
    const stages = SALES8_STAGE_SET.stages.map((s) =>
      s.key === 'evaluation'
        ? { ...s, labelEn: 'Vendor evaluation', labelZh: '供应商评估', probability: 65 }
        : s,
    );
    const saved = await ok<StageSet>('stageSets.save', saveOf(SALES8_STAGE_SET, { stages }));
    expect(saved).toMatchObject({ id: 'sales8', version: 2, builtIn: true, isDefault: true });
    expect(saved.stages.find((s) => s.key === 'evaluation')).toMatchObject({
      labelEn: 'Vendor evaluation',
      probability: 65,
    });
    expect(services.opportunities.get({ id: deal.id })).toMatchObject({
      probability: 65,
      probabilityOverride: null,
      version: 1,
    });
    expect(services.opportunities.get({ id: pinned.id })).toMatchObject({ probability: 55 });
    const [entry] = services.history.list({ entity: 'stage_set', limit: 10 });
    expect(entry).toMatchObject({ entityId: 'sales8', action: 'update' });
    expect(JSON.stringify(entry!.after)).toContain('Vendor evaluation');
    expect(JSON.stringify(entry!.before)).toContain('Project evaluation');
  });

  it('creates a set from the 6-stage template, makes it default; new deals join it', async () => {
    const { ok, services, temp } = setup();
    const created = await ok<StageSet>('stageSets.save', {
      ...saveOf(LARGE_ACCOUNT6_STAGE_SET, { id: 'key_accounts', nameEn: 'Key accounts' }),
      version: undefined,
      isDefault: true,
    });
    expect(created).toMatchObject({
      id: 'key_accounts',
      version: 1,
      builtIn: false,
      isDefault: true,
    });
    const sets = await ok<StageSet[]>('stageSets.list', {});
    expect(sets.map((s) => [s.id, s.isDefault])).toEqual([
      ['sales8', false],
      ['large_account6', false],
      ['key_accounts', true],
    ]);
    const fresh = await ok<Opportunity>('opportunities.create', {
      accountId: temp.id,
      name: 'New line',
    });
    expect(fresh).toMatchObject({
      stageSetId: 'key_accounts',
      salesStage: 'account_development',
      probability: 10,
    });
    expect(
      services.history.list({ entity: 'stage_set', limit: 10 }).map((c) => [c.entityId, c.action]),
    ).toEqual([
      ['key_accounts', 'create'],
      ['sales8', 'update'],
    ]);
    // Making the old set default again moves the mark back.
    const back = await ok<StageSet>('stageSets.save', saveOf(sets[0]!, { isDefault: true }));
    expect(back.isDefault).toBe(true);
    expect((await ok<StageSet[]>('stageSets.list', {})).filter((s) => s.isDefault)).toHaveLength(1);
  });

  it('refuses duplicate keys, a removed stage deals are in, a taken id, a bad probability, a stale version; nothing changes', async () => {
    const { call, state } = setup();
    const before = state();
    const stages = SALES8_STAGE_SET.stages;
    const duplicate = refusal(
      await call('stageSets.save', saveOf(SALES8_STAGE_SET, { stages: [...stages, stages[0]!] })),
    );
    expect(issuesOf(duplicate)).toEqual([[['stages', 8, 'key'], 'duplicate_stage']]);

    const removed = refusal(
      await call(
        'stageSets.save',
        saveOf(SALES8_STAGE_SET, { stages: stages.filter((s) => s.key !== 'evaluation') }),
      ),
    );
    expect(removed.issues).toEqual([
      expect.objectContaining({
        path: ['stages'],
        code: 'stage_in_use',
        params: { stage: 'Project evaluation', stageKey: 'evaluation', count: 1 },
      }),
    ]);
    expect(removed.message).toMatch(/“Project evaluation” still has 1 deals/);

    const taken = refusal(
      await call('stageSets.save', { ...saveOf(SALES8_STAGE_SET), version: undefined }),
    );
    expect(issuesOf(taken)).toEqual([[['id'], 'stage_set_exists']]);

    const range = refusal(
      await call(
        'stageSets.save',
        saveOf(SALES8_STAGE_SET, {
          stages: stages.map((s, i) => (i === 2 ? { ...s, probability: 101 } : s)),
        }),
      ),
    );
    expect(issuesOf(range)).toEqual([[['stages', 2, 'probability'], 'probability_range']]);

    const stale = refusal(await call('stageSets.save', saveOf(SALES8_STAGE_SET, { version: 7 })));
    expect(stale.code).toBe('conflict');
    expect(state()).toEqual(before);
  });

  it('removes a stage no deal is in; the stage set of a deal decides its stages', async () => {
    const { ok, call, deal } = setup();
    const stages = SALES8_STAGE_SET.stages.filter((s) => s.key !== 'formal_proposal');
    const saved = await ok<StageSet>('stageSets.save', saveOf(SALES8_STAGE_SET, { stages }));
    expect(saved.stages).toHaveLength(7);
    for (const [channel, body] of [
      ['opportunities.update', { id: deal.id, version: 1, salesStage: 'formal_proposal' }],
      ['stages.advance', { id: deal.id, version: 1, toStage: 'tender' }],
      ['opportunities.create', { accountId: deal.accountId, name: 'X', salesStage: 'tender' }],
    ] as const) {
      const refused = refusal(await call(channel, body));
      expect(refused.issues?.[0]?.code, channel).toBe('stage_not_in_set');
    }
  });

  it('refuses a probability outside 0–100 on create and update with probability_range', async () => {
    const { call, deal, state } = setup();
    const before = state();
    for (const [channel, body] of [
      ['opportunities.create', { accountId: deal.accountId, name: 'X', probability: 101 }],
      ['opportunities.update', { id: deal.id, version: 1, probability: -1 }],
      ['opportunities.update', { id: deal.id, version: 1, probability: 12.5 }],
      ['opportunities.update', { id: deal.id, version: 1, probabilityOverride: 101 }],
    ] as const) {
      const refused = refusal(await call(channel, body));
      expect(issuesOf(refused)[0]?.[1], JSON.stringify(body)).toBe('probability_range');
    }
    expect(state()).toEqual(before);
  });
});
