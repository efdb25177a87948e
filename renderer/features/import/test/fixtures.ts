import type { ImportFile, ImportSummary } from '../../../../shared/imports.ts';

/** A GBK CSV of an account's people as the reader describes it. */
export const peopleFile: ImportFile = {
  fileId: 'file_1',
  fileName: '天普联系人.csv',
  format: 'csv',
  encoding: 'gb18030',
  delimiter: ',',
  sheets: [],
  sheet: null,
  headerRow: 1,
  headers: ['姓名', '职务', '上级', '层级', '生日'],
  rowCount: 3,
  sample: [
    ['王总', '总经理', null, '决策', '1970/3/5'],
    ['李工', '技术主管', '王总', '管理', '1982/11/1'],
    ['赵六', '采购员', '李工', '操作', null],
  ],
};

export const summary = (over: Partial<ImportSummary> = {}): ImportSummary => ({
  id: 'imp_1',
  name: '天普联系人.csv 2026-11-23',
  recordType: 'people',
  source: 'excel',
  fileName: '天普联系人.csv',
  at: '2026-11-23T02:00:00.000Z',
  created: 3,
  updated: 0,
  undoneAt: null,
  ...over,
});

export const ok = <T>(data: T) => ({ ok: true as const, data });
