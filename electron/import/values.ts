import type { DateOrder, ImportCell } from '../../shared/imports.ts';

// Cell values as Excel and CRM exports write them, read into ours: dates to YYYY-MM-DD, amounts
// and percentages to numbers. Full-width digits and signs (１２３, ＋, －) read as their ASCII
// forms (NFKC). A value that cannot be read is refused with a code, never guessed.

export type Read<T> = { ok: true; value: T } | { ok: false; code: ValueProblem };
export type ValueProblem = 'unrecognised_date' | 'ambiguous_date' | 'not_a_number';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A cell's text, width-normalised and trimmed; numbers as written by JavaScript. */
export function cellText(cell: ImportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return cell.normalize('NFKC').trim();
}

/** The day, or null when year, month and day do not make one (2026-02-30). */
function day(year: number, month: number, date: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || date < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, date));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== date) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(date)}`;
}

/**
 * An Excel serial day number: 1 is 1900-01-01. Excel counts a 29 February 1900 that never was
 * (serial 60, refused), so from serial 61 on the days count from 1899-12-30.
 */
export function excelSerialDay(serial: number): string | null {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < 1 || whole === 60 || whole > 2_958_465) return null;
  const epoch = Date.UTC(1899, 11, whole < 60 ? 31 : 30);
  const d = new Date(epoch + whole * 86_400_000);
  return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

// A time after the date (10:30, 10:30:15, 10:30:15.000Z, 上午10:30, 10:30 PM) is dropped.
const TIME = String.raw`(?:[T\s]+(?:上午|下午)?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[AaPp][Mm])?)?`;
const YMD = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const CJK = new RegExp(String.raw`^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?${TIME}$`);
const XYY = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})${TIME}$`);

/**
 * A date cell as YYYY-MM-DD (null when empty). Numbers and digit-only text are Excel serial
 * days (8 digits: YYYYMMDD); 3/5/2026 is read by `order`, and refused as ambiguous under ymd
 * unless one part is over 12.
 */
export function readDate(cell: ImportCell, order: DateOrder): Read<string | null> {
  const refuse = (code: ValueProblem = 'unrecognised_date'): Read<string | null> => ({
    ok: false,
    code,
  });
  const found = (value: string | null): Read<string | null> =>
    value === null ? refuse() : { ok: true, value };
  if (typeof cell === 'number') return found(excelSerialDay(cell));
  const text = cellText(cell);
  if (text === '') return { ok: true, value: null };
  if (/^\d{8}$/.test(text)) {
    return found(day(+text.slice(0, 4), +text.slice(4, 6), +text.slice(6, 8)));
  }
  if (/^\d{1,7}(\.\d+)?$/.test(text)) return found(excelSerialDay(Number(text)));
  const ymd = YMD.exec(text) ?? CJK.exec(text);
  if (ymd) return found(day(+ymd[1]!, +ymd[2]!, +ymd[3]!));
  const other = XYY.exec(text);
  if (other) {
    const [a, b, year] = [+other[1]!, +other[2]!, +other[3]!];
    if (order === 'mdy') return found(day(year, a, b));
    if (order === 'dmy') return found(day(year, b, a));
    // Year first was chosen, yet this date has it last: only a part over 12 tells which is the day.
    if (a > 12) return found(day(year, b, a));
    if (b > 12) return found(day(year, a, b));
    return a === b ? found(day(year, a, b)) : refuse('ambiguous_date');
  }
  return refuse();
}

const CURRENCY_BEFORE = /^(?:US\$|HK\$|RMB|CNY|USD|EUR|HKD|JPY|GBP|[¥$€£])/i;
const CURRENCY_AFTER =
  /(?:RMB|CNY|USD|EUR|HKD|JPY|GBP|人民币|美元|欧元|港元|港币|日元|英镑|元|块)$/i;
const UNITS: [RegExp, number][] = [
  [/亿$/, 1e8],
  [/百万$/, 1e6],
  [/万$/, 1e4],
  [/千$/, 1e3],
];

export type ReadNumber = { value: number; percent: boolean };

/**
 * A number cell or text such as 1,234.56, ¥1,234, $500, 1234元, 12万, 1.5亿, 30%, (1,000) or
 * －５; null when empty. Refused: anything else ("abc", "1.2.3").
 */
export function readNumber(cell: ImportCell): Read<ReadNumber | null> {
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? { ok: true, value: { value: cell, percent: false } }
      : { ok: false, code: 'not_a_number' };
  }
  let text = cellText(cell).replace(/\s+/g, '');
  if (text === '') return { ok: true, value: null };
  let sign = 1;
  const parenthesised = /^\((.*)\)$/.exec(text);
  if (parenthesised) {
    sign = -1;
    text = parenthesised[1]!;
  }
  const signed = /^([+-])(.*)$/.exec(text);
  if (signed) {
    if (signed[1] === '-') sign = -sign;
    text = signed[2]!;
  }
  text = text.replace(CURRENCY_BEFORE, '').replace(CURRENCY_AFTER, '');
  // A sign may also follow the currency symbol: ¥-1,234.
  const innerSign = /^([+-])(.*)$/.exec(text);
  if (innerSign) {
    if (innerSign[1] === '-') sign = -sign;
    text = innerSign[2]!;
  }
  let factor = 1;
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1);
  } else {
    for (const [unit, times] of UNITS) {
      if (unit.test(text)) {
        factor = times;
        text = text.replace(unit, '');
        break;
      }
    }
  }
  if (!/^(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$|^\.\d+$/.test(text)) {
    return { ok: false, code: 'not_a_number' };
  }
  // Multiplying can leave binary noise (1.1万 → 11000.000000000002): 15 significant digits.
  const value = Number((Number(text.replaceAll(',', '')) * factor).toPrecision(15));
  return { ok: true, value: { value: sign * value || 0, percent } };
}
