import { describe, expect, it } from 'vitest';
import type { AccountListItem } from '../../../../shared/schemas.ts';
import { emptyAccountDraft } from '../../../../shared/schemas.ts';
import { filterAccounts } from './filterAccounts.ts';

const account = (id: string, fields: Partial<AccountListItem>): AccountListItem => ({
  ...emptyAccountDraft,
  id,
  archived: false,
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  peopleCount: 0,
  openOpportunityCount: 0,
  ...fields,
});

const accounts = [
  account('1', {
    name: '华为技术有限公司',
    industry: '通信',
    region: '深圳',
    grade: 'A',
    funnelStage: 'signed',
  }),
  account('2', {
    name: 'Temp Company',
    industry: 'Manufacturing',
    region: 'Ohio',
    owner: 'Zheng Peng',
    grade: 'B',
  }),
  account('3', {
    name: 'Northwind',
    industry: 'Retail',
    region: '上海',
    owner: '郑鹏',
    funnelStage: 'target_market',
  }),
];
const none = { query: '', grade: null, funnelStage: null };
const ids = (list: AccountListItem[]) => list.map((a) => a.id);

describe('filterAccounts', () => {
  it('finds Chinese substrings and ignores case and full-width letters', () => {
    expect(ids(filterAccounts(accounts, { ...none, query: '华为' }))).toEqual(['1']);
    expect(ids(filterAccounts(accounts, { ...none, query: 'temp' }))).toEqual(['2']);
    expect(ids(filterAccounts(accounts, { ...none, query: 'ＴＥＭＰ' }))).toEqual(['2']);
  });

  it('searches industry, region and owner too', () => {
    expect(ids(filterAccounts(accounts, { ...none, query: 'manufact' }))).toEqual(['2']);
    expect(ids(filterAccounts(accounts, { ...none, query: '上海' }))).toEqual(['3']);
    expect(ids(filterAccounts(accounts, { ...none, query: '郑' }))).toEqual(['3']);
  });

  it('combines grade and funnel stage filters with the search', () => {
    expect(ids(filterAccounts(accounts, { ...none, grade: 'A' }))).toEqual(['1']);
    expect(ids(filterAccounts(accounts, { ...none, funnelStage: 'prospect' }))).toEqual(['2']);
    expect(
      ids(filterAccounts(accounts, { ...none, funnelStage: 'prospect', query: 'north' })),
    ).toEqual([]);
    expect(ids(filterAccounts(accounts, none))).toEqual(['1', '2', '3']);
  });
});
