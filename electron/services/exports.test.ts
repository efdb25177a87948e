import { describe, expect, it } from 'vitest';
import { rowCounts, testRouter, testServices } from './testing.ts';

describe('exports.table through the router', () => {
  it('answers a file and writes nothing to the workspace', async () => {
    const { db, services } = testServices();
    const router = testRouter(services);
    const before = rowCounts(db);
    const result = await router.dispatch('exports.table', {
      format: 'csv',
      name: 'Accounts: 2026/12/06',
      columns: [{ header: 'Name', type: 'text' }],
      rows: [['Acme']],
    });
    expect(result).toMatchObject({ ok: true, data: { fileName: 'Accounts_ 2026_12_06.csv' } });
    expect(result.ok && result.changed).toEqual([]);
    expect(rowCounts(db)).toEqual(before);
  });

  it('refuses a wrong cell with the row and column, and a bad format by the contract', async () => {
    const { services } = testServices();
    const router = testRouter(services);
    const bad = await router.dispatch('exports.table', {
      format: 'xlsx',
      name: 'Deals',
      columns: [{ header: 'Close', type: 'date' }],
      rows: [['2026-01-01'], ['tomorrow']],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ code: 'export_not_a_date', path: ['rows', 1, 0] }],
      },
    });
    const pdf = await router.dispatch('exports.table', {
      format: 'pdf',
      name: 'Deals',
      columns: [{ header: 'A', type: 'text' }],
      rows: [],
    });
    expect(pdf).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
