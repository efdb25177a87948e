import { describe, expect, it } from 'vitest';
import type { OpportunityListItem } from '../../../../shared/schemas.ts';
import { filterOpportunities } from './filterOpportunities.ts';

const deal = (
  id: string,
  fields: Pick<OpportunityListItem, 'name' | 'accountName' | 'owner' | 'status'>,
) => ({ id, products: '', ...fields }) as unknown as OpportunityListItem;

const DEALS = [
  deal('1', { name: 'MES 升级', accountName: '上海精密', owner: '王建国', status: 'open' }),
  deal('2', { name: 'ERP rollout', accountName: 'Temp Corp', owner: 'Li Na', status: 'won' }),
  deal('3', { name: '仓储系统', accountName: '上海天普', owner: '李娜', status: 'open' }),
];
const ids = (rows: OpportunityListItem[]) => rows.map((o) => o.id);

describe('filterOpportunities', () => {
  it('applies the quick search, the status and the owners together, in the list order', () => {
    const none = { query: '', status: null, owners: null };
    expect(ids(filterOpportunities(DEALS, none))).toEqual(['1', '2', '3']);
    expect(ids(filterOpportunities(DEALS, { ...none, query: 'shanghai' }))).toEqual(['1', '3']);
    expect(ids(filterOpportunities(DEALS, { ...none, query: 'wjg' }))).toEqual(['1']);
    expect(ids(filterOpportunities(DEALS, { ...none, status: 'won' }))).toEqual(['2']);
    expect(
      ids(filterOpportunities(DEALS, { ...none, query: '上海', owners: new Set(['李娜']) })),
    ).toEqual(['3']);
  });
});
