import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { comparison } from '../test/fixtures.ts';
import { criteriaExportTable } from './criteriaExportTable.ts';

describe('criteriaExportTable', () => {
  it('has the grid’s Chinese headers, a score and a note column per vendor, criteria in order', () => {
    const table = criteriaExportTable(comparison, i18n.getFixedT('zh-CN'));
    expect(table.columns).toEqual([
      { header: '标准', type: 'text' },
      { header: '方面', type: 'text' },
      { header: '权重', type: 'number' },
      { header: '占比', type: 'percent' },
      { header: '我方评分', type: 'integer' },
      { header: '备注（我方）', type: 'text' },
      { header: 'Acme评分', type: 'integer' },
      { header: '备注（Acme）', type: 'text' },
      { header: 'Bolt评分', type: 'integer' },
      { header: '备注（Bolt）', type: 'text' },
    ]);
    expect(table.rows.map((r) => r[0])).toEqual(['Price', 'Service', 'Delivery']);
    // Delivery: Acme not scored yet, an empty cell rather than a zero.
    expect(table.rows[2]!.slice(2, 10)).toEqual([1, 100 / 6, 9, '', null, '', 6, '']);
  });
});
