import { describe, expect, it } from 'vitest';
import { route } from './route.ts';

describe('route', () => {
  it('reads screens from the fragment and writes them back', () => {
    expect(route.parse('#/opportunities')).toEqual({ name: 'opportunities' });
    expect(route.parse('#/accounts/acc_1/people')).toEqual({
      name: 'account',
      id: 'acc_1',
      tab: 'people',
    });
    expect(route.parse('#/accounts/acc_1')).toEqual({
      name: 'account',
      id: 'acc_1',
      tab: 'profile',
    });
    expect(route.href({ name: 'account', id: 'acc_1', tab: 'opportunities' })).toBe(
      '#/accounts/acc_1/opportunities',
    );
    expect(route.href({ name: 'account', id: 'acc_1', tab: 'profile' })).toBe('#/accounts/acc_1');
  });

  it('reads a deal with its tab, and the settings screen', () => {
    expect(route.parse('#/opportunities/opp_1')).toEqual({
      name: 'deal',
      id: 'opp_1',
      tab: 'committee',
    });
    expect(route.parse('#/opportunities/opp_1/changes')).toEqual({
      name: 'deal',
      id: 'opp_1',
      tab: 'changes',
    });
    expect(route.href({ name: 'deal', id: 'opp_1', tab: 'committee' })).toBe(
      '#/opportunities/opp_1',
    );
    expect(route.href({ name: 'deal', id: 'opp_1', tab: 'changes' })).toBe(
      '#/opportunities/opp_1/changes',
    );
    expect(route.parse('#/settings')).toEqual({ name: 'settings' });
    expect(route.href({ name: 'settings' })).toBe('#/settings');
    expect(route.parse('#/settings/workspace')).toEqual({ name: 'settings', section: 'workspace' });
    expect(route.href({ name: 'settings', section: 'workspace' })).toBe('#/settings/workspace');
    expect(route.parse('#/settings/elsewhere')).toEqual({ name: 'settings' });
  });

  it('reads the forecast with its tab, overview by default', () => {
    expect(route.parse('#/forecast/movements')).toEqual({ name: 'forecast', tab: 'movements' });
    expect(route.parse('#/forecast')).toEqual({ name: 'forecast', tab: 'overview' });
    expect(route.parse('#/forecast/nope')).toEqual({ name: 'forecast', tab: 'overview' });
    expect(route.href({ name: 'forecast', tab: 'reviews' })).toBe('#/forecast/reviews');
  });

  it('reads the account map, with or without a deal context', () => {
    expect(route.parse('#/accounts/acc_1/map')).toEqual({
      name: 'account',
      id: 'acc_1',
      tab: 'map',
    });
    expect(route.parse('#/accounts/acc_1/map/opp_1')).toEqual({
      name: 'account',
      id: 'acc_1',
      tab: 'map',
      opportunityId: 'opp_1',
    });
    expect(route.href({ name: 'account', id: 'acc_1', tab: 'map' })).toBe('#/accounts/acc_1/map');
    expect(route.href({ name: 'account', id: 'acc_1', tab: 'map', opportunityId: 'opp 1' })).toBe(
      '#/accounts/acc_1/map/opp%201',
    );
    // A deal only belongs to the map tab.
    expect(route.parse('#/accounts/acc_1/activities/opp_1')).toEqual({
      name: 'account',
      id: 'acc_1',
      tab: 'activities',
    });
    expect(route.href({ name: 'account', id: 'acc_1', tab: 'people', opportunityId: 'x' })).toBe(
      '#/accounts/acc_1/people',
    );
  });

  it('reads a person to open on the people tab and a sheet on the negotiation tab (search)', () => {
    const person = { name: 'account', id: 'acc_1', tab: 'people', personId: 'p 1' } as const;
    expect(route.href(person)).toBe('#/accounts/acc_1/people/p%201');
    expect(route.parse(route.href(person))).toEqual(person);
    expect(route.href({ name: 'account', id: 'acc_1', tab: 'map', personId: 'p_1' })).toBe(
      '#/accounts/acc_1/map',
    );
    const sheet = { name: 'deal', id: 'opp_1', tab: 'negotiation', sheetId: 's_1' } as const;
    expect(route.href(sheet)).toBe('#/opportunities/opp_1/negotiation/s_1');
    expect(route.parse(route.href(sheet))).toEqual(sheet);
    expect(route.parse('#/opportunities/opp_1/stage/s_1')).toEqual({
      name: 'deal',
      id: 'opp_1',
      tab: 'stage',
    });
    expect(route.href({ name: 'deal', id: 'opp_1', tab: 'stage', sheetId: 's_1' })).toBe(
      '#/opportunities/opp_1/stage',
    );
  });

  it('reads the competitor library, a competitor and the new deal tabs', () => {
    expect(route.parse('#/competitors')).toEqual({ name: 'competitors' });
    expect(route.parse('#/competitors/cmp_1')).toEqual({ name: 'competitor', id: 'cmp_1' });
    expect(route.href({ name: 'competitors' })).toBe('#/competitors');
    expect(route.href({ name: 'competitor', id: 'cmp 1' })).toBe('#/competitors/cmp%201');
    expect(route.parse(route.href({ name: 'competitor', id: 'cmp 1' }))).toEqual({
      name: 'competitor',
      id: 'cmp 1',
    });
    for (const tab of ['competition', 'negotiation'] as const) {
      expect(route.parse(`#/opportunities/opp_1/${tab}`)).toEqual({
        name: 'deal',
        id: 'opp_1',
        tab,
      });
      expect(route.href({ name: 'deal', id: 'opp_1', tab })).toBe(`#/opportunities/opp_1/${tab}`);
    }
  });

  it('reads the evaluation quadrant and the deal evaluation tab', () => {
    expect(route.parse('#/evaluation')).toEqual({ name: 'evaluation' });
    expect(route.href({ name: 'evaluation' })).toBe('#/evaluation');
    expect(route.parse('#/opportunities/opp_1/evaluation')).toEqual({
      name: 'deal',
      id: 'opp_1',
      tab: 'evaluation',
    });
    expect(route.href({ name: 'deal', id: 'opp_1', tab: 'evaluation' })).toBe(
      '#/opportunities/opp_1/evaluation',
    );
  });

  it('falls back to the accounts list for a token fragment or an unknown tab', () => {
    expect(route.parse('#token=abc')).toEqual({ name: 'accounts' });
    expect(route.parse('')).toEqual({ name: 'accounts' });
    expect(route.parse('#/accounts/acc_1/nonsense')).toEqual({
      name: 'account',
      id: 'acc_1',
      tab: 'profile',
    });
  });

  it('reads the pipeline views, the board by default', () => {
    expect(route.parse('#/pipeline')).toEqual({ name: 'pipeline', tab: 'board' });
    expect(route.parse('#/pipeline/funnel')).toEqual({ name: 'pipeline', tab: 'funnel' });
    expect(route.parse('#/pipeline/nope')).toEqual({ name: 'pipeline', tab: 'board' });
    expect(route.href({ name: 'pipeline', tab: 'table' })).toBe('#/pipeline/table');
  });

  it('reads the import, with the record type and account chosen from an account', () => {
    expect(route.parse('#/import')).toEqual({ name: 'import' });
    expect(route.parse('#/import/people/acc_1')).toEqual({
      name: 'import',
      recordType: 'people',
      accountId: 'acc_1',
    });
    expect(route.parse('#/import/nonsense/acc_1')).toEqual({ name: 'import' });
    expect(route.href({ name: 'import' })).toBe('#/import');
    expect(route.href({ name: 'import', recordType: 'people', accountId: 'acc 1' })).toBe(
      '#/import/people/acc%201',
    );
    expect(route.href({ name: 'import', recordType: 'accounts' })).toBe('#/import/accounts');
  });
});

describe('route query (list filters in the address)', () => {
  it('reads and writes the filters of a list, keys in order, old addresses unchanged', () => {
    expect(route.parse('#/opportunities?stage=proposal&owner=%E6%9D%8E%E5%BC%BA')).toEqual({
      name: 'opportunities',
      query: { stage: 'proposal', owner: '李强' },
    });
    expect(route.href({ name: 'opportunities', query: { stage: 'proposal', owner: '李强' } })).toBe(
      '#/opportunities?owner=%E6%9D%8E%E5%BC%BA&stage=proposal',
    );
    expect(route.parse('#/accounts?grade=A&query=tian+pu')).toEqual({
      name: 'accounts',
      query: { grade: 'A', query: 'tian pu' },
    });
    expect(route.parse('#/pipeline/table?stage=won')).toEqual({
      name: 'pipeline',
      tab: 'table',
      query: { stage: 'won' },
    });
    expect(route.parse('#/competitors?q=abb')).toEqual({
      name: 'competitors',
      query: { q: 'abb' },
    });
    // No query, an empty one or only empty values: the address reads as before.
    expect(route.parse('#/opportunities')).toEqual({ name: 'opportunities' });
    expect(route.parse('#/opportunities?')).toEqual({ name: 'opportunities' });
    expect(route.parse('#/opportunities?stage=')).toEqual({ name: 'opportunities' });
    expect(route.href({ name: 'accounts', query: {} })).toBe('#/accounts');
    expect(route.href({ name: 'accounts', query: { grade: '' } })).toBe('#/accounts');
    expect(route.href({ name: 'pipeline', tab: 'table', query: { a: 'x&y=z' } })).toBe(
      '#/pipeline/table?a=x%26y%3Dz',
    );
    // Round trip, and a query on a screen without filters is ignored.
    const to = { name: 'competitors', query: { q: 'a b&c', stale: 'true' } } as const;
    expect(route.parse(route.href(to))).toEqual(to);
    expect(route.parse('#/accounts/acc_1/people?x=1')).toEqual({
      name: 'account',
      id: 'acc_1',
      tab: 'people',
    });
    expect(route.parse('#/settings?x=1')).toEqual({ name: 'settings' });
  });
});
