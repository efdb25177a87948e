import { describe, expect, it } from 'vitest';
import { createHandlers } from './handlers.ts';
import { createRouter } from './router.ts';
import { input, testServices } from './services/testing.ts';

function setup() {
  const { services } = testServices();
  const router = createRouter(createHandlers(services));
  const account = services.accounts.create(input.account({ name: 'Acme' }));
  return { router, account };
}

describe('the router says what a call wrote', () => {
  it('a write reports the kinds of records it touched', async () => {
    const { router, account } = setup();
    const created = await router.dispatch('opportunities.create', {
      accountId: account.id,
      name: 'Fresh deal',
    });
    expect(created).toMatchObject({ ok: true, changed: ['opportunity'] });
  });

  it('a write kept out of history reports what it marked itself', async () => {
    const { router } = setup();
    const result = await router.dispatch('buyingRoles.create', {
      labelZh: '顾问',
      labelEn: 'Adviser',
    });
    expect(result).toMatchObject({ ok: true, changed: ['buying_role'] });
  });

  it('a read reports nothing', async () => {
    const { router } = setup();
    expect(await router.dispatch('accounts.list', {})).toMatchObject({ ok: true, changed: [] });
  });

  it('a refused write reports nothing, and the next call starts empty', async () => {
    const { router, account } = setup();
    const refused = await router.dispatch('accounts.update', {
      id: account.id,
      version: account.version + 5,
      name: 'Too late',
    });
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: 'conflict' }) });
    expect(await router.dispatch('accounts.get', { id: account.id })).toMatchObject({
      changed: [],
    });
  });

  it('calls running at the same time keep their own lists', async () => {
    const { router, account } = setup();
    const [read, write] = await Promise.all([
      router.dispatch('accounts.list', {}),
      router.dispatch('people.create', { accountId: account.id, name: 'Li Wei' }),
    ]);
    expect(read).toMatchObject({ changed: [] });
    expect(write).toMatchObject({ changed: ['person'] });
  });

  it('a write of SWOT, stage evidence or business settings answers with its undo step', async () => {
    const { router, account } = setup();
    const deal = await router.dispatch('opportunities.create', {
      accountId: account.id,
      name: 'Fresh deal',
    });
    if (!deal.ok) throw new Error('the deal was not created');
    const dealId = (deal.data as { id: string }).id;
    const swot = await router.dispatch('swot.save', {
      opportunityId: dealId,
      strengths: 'Service',
      weaknesses: '',
      opportunities: '',
      threats: '',
    });
    expect(swot).toMatchObject({
      ok: true,
      changed: ['swot'],
      step: { id: expect.any(Number), action: 'create', entity: 'swot' },
    });
    const moved = await router.dispatch('stages.advance', {
      id: dealId,
      version: 1,
      toStage: 'visit_research',
      confirmUnmet: true,
      confirmNote: 'Asked for a visit',
    });
    expect(moved).toMatchObject({ ok: true, step: { action: 'move', entity: 'opportunity' } });
    const settings = await router.dispatch('settings.update', { reviewCadenceDays: 14 });
    expect(settings).toMatchObject({ ok: true, step: { action: 'update', entity: 'settings' } });
    // The language is a personal preference: saved, in history, but no step to undo.
    const language = await router.dispatch('settings.update', { locale: 'zh-CN' });
    expect(language).toMatchObject({ ok: true, changed: ['settings'] });
    expect(language).not.toHaveProperty('step');
  });
});
