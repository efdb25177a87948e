import { describe, expect, it } from 'vitest';
import type { PipelineRow } from '../../../../shared/pipelineList.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { pipelineExportTable } from './pipelineExportTable.ts';

const row = (over: Partial<PipelineRow>): PipelineRow => ({
  id: 'opp_1',
  name: '产线改造',
  accountId: 'acc_1',
  accountName: '华东制造',
  accountGrade: 'A',
  owner: '郑鹏',
  stageSetId: 'sales8',
  stageKey: 'evaluation',
  amount: 1_000_000,
  currency: 'CNY',
  probability: 70,
  weighted: 700_000,
  category: 'commit',
  closeDate: '2026-03-05',
  status: 'open',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  ...over,
});

const stageLabel = (_set: string, key: string) => `stage:${key}`;

describe('pipelineExportTable', () => {
  it('has the table’s Chinese headers, typed columns and the rows in the order given', () => {
    const t = i18n.getFixedT('zh-CN');
    const table = pipelineExportTable(
      [row({}), row({ id: 'opp_2', name: '机器人', accountGrade: null, closeDate: null })],
      t,
      stageLabel,
    );
    expect(table.columns).toEqual([
      { header: '项目', type: 'text' },
      { header: '客户', type: 'text' },
      { header: '等级', type: 'text' },
      { header: '负责人', type: 'text' },
      { header: '阶段', type: 'text' },
      { header: '金额', type: 'money', currency: 'CNY' },
      { header: '成交可能性', type: 'percent' },
      { header: '加权金额', type: 'money', currency: 'CNY' },
      { header: '预测类别', type: 'text' },
      { header: '预计成交日期', type: 'date' },
    ]);
    expect(table.rows).toEqual([
      [
        '产线改造',
        '华东制造',
        'A',
        '郑鹏',
        'stage:evaluation',
        1_000_000,
        70,
        700_000,
        '承诺',
        '2026-03-05',
      ],
      [
        '机器人',
        '华东制造',
        null,
        '郑鹏',
        'stage:evaluation',
        1_000_000,
        70,
        700_000,
        '承诺',
        null,
      ],
    ]);
  });

  it('puts a currency column beside the amounts when rows differ in currency', () => {
    const t = i18n.getFixedT('en');
    const table = pipelineExportTable(
      [row({}), row({ currency: 'USD', amount: 50, weighted: 5 })],
      t,
      stageLabel,
    );
    expect(table.columns.slice(5, 9)).toEqual([
      { header: 'Amount', type: 'money' },
      { header: 'Currency', type: 'text' },
      { header: 'Probability', type: 'percent' },
      { header: 'Weighted', type: 'money' },
    ]);
    expect(table.rows.map((r) => r.slice(5, 9))).toEqual([
      [1_000_000, 'CNY', 70, 700_000],
      [50, 'USD', 70, 5],
    ]);
  });
});
