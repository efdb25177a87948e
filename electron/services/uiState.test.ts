import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_CHARS, MAX_DRAFTS, type ViewState } from '../../shared/uiState.ts';
import { input, testRouter, testServices } from './testing.ts';

const count = (db: ReturnType<typeof testServices>['db'], table: string) =>
  db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n;

describe('drafts', () => {
  it('keeps, replaces, reads back and discards a draft, without history', async () => {
    const { db, services } = testServices();
    const router = testRouter(services);
    expect(await router.dispatch('drafts.get', { key: 'negotiation:neg_1' })).toMatchObject({
      ok: true,
      data: null,
    });
    const first = await router.dispatch('drafts.save', {
      key: 'negotiation:neg_1',
      value: JSON.stringify({ agenda: '议程一' }),
    });
    expect(first).toMatchObject({ ok: true, changed: ['ui_draft'] });
    await router.dispatch('drafts.save', {
      key: 'negotiation:neg_1',
      value: JSON.stringify({ agenda: '议程二' }),
    });
    const read = services.uiState.getDraft({ key: 'negotiation:neg_1' });
    expect(read?.value).toBe('{"agenda":"议程二"}');
    expect(read?.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(count(db, 'ui_drafts')).toBe(1);
    expect(count(db, 'changes')).toBe(0);

    expect(services.uiState.discardDraft({ key: 'negotiation:neg_1' })).toEqual({
      discarded: true,
    });
    expect(services.uiState.getDraft({ key: 'negotiation:neg_1' })).toBeNull();
    expect(services.uiState.discardDraft({ key: 'negotiation:neg_1' })).toEqual({
      discarded: false,
    });
  });

  it('refuses an oversized draft, a malformed key or a value that is not JSON, changing nothing', async () => {
    const { db, services } = testServices();
    const router = testRouter(services);
    await router.dispatch('drafts.save', { key: 'account:new', value: '{"name":"A"}' });

    const big = await router.dispatch('drafts.save', {
      key: 'account:new',
      value: JSON.stringify({ notes: 'x'.repeat(MAX_DRAFT_CHARS) }),
    });
    expect(big).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ path: ['value'], code: 'too_long', params: { max: MAX_DRAFT_CHARS } }],
      },
    });
    const badKey = await router.dispatch('drafts.save', { key: '../etc', value: '{}' });
    expect(badKey).toMatchObject({ ok: false, error: { issues: [{ path: ['key'] }] } });
    const notJson = await router.dispatch('drafts.save', { key: 'account:new', value: '{oops' });
    expect(notJson).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['value'], code: 'invalid_type' }] },
    });
    const extra = await router.dispatch('drafts.save', {
      key: 'account:new',
      value: '{}',
      other: 1,
    });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    expect(count(db, 'ui_drafts')).toBe(1);
    expect(services.uiState.getDraft({ key: 'account:new' })?.value).toBe('{"name":"A"}');
  });

  it('keeps at most MAX_DRAFTS drafts, forgetting the oldest', () => {
    const { db, services } = testServices();
    for (let i = 0; i <= MAX_DRAFTS; i += 1) {
      services.uiState.saveDraft({ key: `account:acc_${i}`, value: `{"i":${i}}` });
    }
    expect(count(db, 'ui_drafts')).toBe(MAX_DRAFTS);
    expect(services.uiState.getDraft({ key: 'account:acc_0' })).toBeNull();
    expect(services.uiState.getDraft({ key: `account:acc_${MAX_DRAFTS}` })).not.toBeNull();
  });

  it('an erase leaves no draft behind', async () => {
    const { db, services } = testServices();
    const account = services.accounts.create(input.account({ name: 'Quill' }));
    services.uiState.saveDraft({ key: `account:${account.id}`, value: '{"name":"Quill Ltd"}' });
    await services.accounts.erase({ id: account.id, confirmName: 'Quill' });
    expect(count(db, 'ui_drafts')).toBe(0);
  });
});

describe('view state', () => {
  const view: ViewState = {
    sorting: [{ id: 'amount', desc: true }],
    columnSizing: { owner: 180 },
    columnVisibility: { region: false },
    filters: { stage: 'proposal', showArchived: true },
  };

  it('remembers a list view, across a reopened store, and resets it', async () => {
    const { db, services } = testServices();
    const router = testRouter(services);
    expect(services.uiState.getView({ list: 'opportunities' })).toBeNull();
    const saved = await router.dispatch('viewState.save', { list: 'opportunities', state: view });
    expect(saved).toMatchObject({ ok: true, data: view, changed: ['view_state'] });
    expect(services.uiState.getView({ list: 'opportunities' })).toEqual(view);
    expect(services.uiState.getView({ list: 'accounts' })).toBeNull();
    expect(count(db, 'changes')).toBe(0);

    expect(services.uiState.resetView({ list: 'opportunities' })).toEqual({ reset: true });
    expect(services.uiState.getView({ list: 'opportunities' })).toBeNull();
  });

  it('refuses an unknown list, a bad width or an unknown key; a damaged stored view reads as none', async () => {
    const { db, services } = testServices();
    const router = testRouter(services);
    const refusals = await Promise.all([
      router.dispatch('viewState.save', { list: 'nowhere', state: view }),
      router.dispatch('viewState.save', {
        list: 'accounts',
        state: { ...view, columnSizing: { name: 99_999 } },
      }),
      router.dispatch('viewState.save', { list: 'accounts', state: { ...view, colour: 'red' } }),
      router.dispatch('viewState.save', {
        list: 'accounts',
        state: { ...view, filters: { q: 'x'.repeat(201) } },
      }),
    ]);
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(count(db, 'view_states')).toBe(0);

    db.prepare("INSERT INTO view_states VALUES ('accounts', '{\"sorting\":7}', 'x')").run();
    expect(services.uiState.getView({ list: 'accounts' })).toBeNull();
  });
});
