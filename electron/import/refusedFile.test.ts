import { describe, expect, it } from 'vitest';
import { guardCell, refusedCsv, refusedFileName } from './refusedFile.ts';

describe('refused-rows file', () => {
  it('guards cells a spreadsheet would run as formulas', () => {
    for (const text of ['=1+1', '+86 138', '-5', '@SUM(A1)', '\tx', '\rx']) {
      expect(guardCell(text)).toBe(`'${text}`);
    }
    expect(guardCell('王伟')).toBe('王伟');
    expect(guardCell('a=b')).toBe('a=b');
  });

  it('writes CSV with a BOM, quotes where needed and numbers as written', () => {
    expect(
      refusedCsv(
        ['a', 'b'],
        [
          ['x,"y"', 42],
          [null, '=cmd'],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x,""y""",42\r\n,\'=cmd\r\n');
  });

  it('names the file after the imported one', () => {
    expect(refusedFileName('客户.xlsx', 'csv', '未导入')).toBe('客户 未导入.csv');
    expect(refusedFileName('.csv', 'xlsx', 'refused')).toBe('import refused.xlsx');
  });
});
