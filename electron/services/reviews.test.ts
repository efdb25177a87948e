import { describe, expect, it } from 'vitest';
import type { ReviewItem } from '../../shared/pipeline.ts';
import { input, testRouter, testServices } from './testing.ts';

function setup() {
  const { db, services } = testServices(); // clock starts 2025-03-01T09:00:00Z
  const router = testRouter(services);
  async function queue(body: unknown): Promise<[string, string, number][]> {
    const result = await router.dispatch('reviews.queue', body);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return (result.data as ReviewItem[]).map((i) => [i.opportunityName, i.rule, i.days]);
  }
  const temp = services.accounts.create(input.account({ name: 'Temp Co' }));
  const line = services.opportunities.create(
    input.opportunity({ accountId: temp.id, name: 'Line', owner: '郑鹏' }),
  );
  const press = services.opportunities.create(
    input.opportunity({ accountId: temp.id, name: 'Press', owner: '陈明' }),
  );
  return { db, services, router, queue, line, press };
}

describe('reviews.queue (1-15-30)', () => {
  it('queues open deals by the three rules as the days pass, with their reasons', async () => {
    const { queue } = setup();
    expect(await queue({ asOf: '2025-03-07' })).toEqual([]);
    expect(await queue({ asOf: '2025-03-08' })).toEqual([
      ['Line', 'not_updated', 7],
      ['Press', 'not_updated', 7],
    ]);
    expect((await queue({ asOf: '2025-03-16', owner: '郑鹏' })).map((i) => i[1])).toEqual([
      'not_updated',
      'stalled',
    ]);
    expect(await queue({ asOf: '2025-03-31', owner: '陈明' })).toEqual([
      ['Press', 'not_updated', 30],
      ['Press', 'stalled', 30],
      ['Press', 'no_intent', 30],
    ]);
  });

  it('counts met criteria as evidence of intent and leaves closed deals out', async () => {
    const { services, queue, line, press } = setup();
    services.stages.saveEvidence({
      id: line.id,
      items: [
        {
          stageKey: 'account_planning',
          criterionKey: 'visit_agreed',
          met: true,
          note: '',
          date: null,
        },
      ],
    });
    services.opportunities.update({ id: press.id, version: 1, status: 'won' });
    expect((await queue({ asOf: '2025-03-31' })).map((i) => i[1])).toEqual([
      'not_updated',
      'stalled',
    ]);
  });

  it('follows the review days chosen in settings', async () => {
    const { queue, services } = setup();
    services.settings.update({ reviewNotUpdatedDays: 10 });
    expect(await queue({ asOf: '2025-03-08' })).toEqual([]);
    expect((await queue({ asOf: '2025-03-11' })).map((i) => i[1])).toEqual([
      'not_updated',
      'not_updated',
    ]);
  });

  it('refuses a date that is not a date', async () => {
    const { router } = setup();
    const result = await router.dispatch('reviews.queue', { asOf: '2025-02-30' });
    expect(result.ok ? null : result.error.issues?.map((i) => i.code)).toEqual(['invalid_date']);
  });
});
