import { describe, expect, it } from 'vitest';
import { zhCN } from './zh-CN.ts';

/**
 * The Chinese interface speaks the seeds' language (../shared/DOMAIN.md, issue 11): one term per
 * concept, full-width punctuation written in the translations. These tests read every zh-CN
 * message and every Chinese string literal the app ships outside them (default stage criteria,
 * buying roles, demo data, main-process messages).
 */

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  );
}

const CJK = /[\u4e00-\u9fff]/;

/**
 * Sources as text, keyed by path; tests and translation files left out where they would match,
 * and the import's readers of other products' files, which must know those products' words
 * (a CRM export's 商机名称 column) to map them to ours.
 */
const raw = (files: Record<string, string>) =>
  Object.entries(files).filter(
    ([path]) => !/\.test\.tsx?$|\/electron\/import\/(testFiles|suggest|values)\.ts$/.test(path),
  );
const shipped = raw({
  ...import.meta.glob<string>('../../shared/**/*.ts', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  ...import.meta.glob<string>('../../electron/**/*.ts', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
});
const components = raw(
  import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/i18n/**'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
);

/** Chinese string literals in the shipped (non-test) sources of shared/ and electron/. */
function sourceStrings(): [string, string][] {
  return shipped.flatMap(([path, text]) =>
    [...text.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)]
      .map((m) => m[1] ?? m[2] ?? '')
      .filter((literal) => CJK.test(literal))
      .map((literal): [string, string] => [path, literal]),
  );
}

const messages = leaves(zhCN);
const everything = [...messages, ...sourceStrings()];

/** Banned variant → the seeds' term that replaces it. */
const BANNED: [RegExp, string][] = [
  [/赢单概率|赢率|成交概率|赢单可能性/, '成交可能性'],
  [/交易|商机|销售机会/, '项目'],
  [/采购委员会/, '采购中心'],
  [/经办人/, '经手人'],
  [/出口标准|出口条件|退出标准|退出条件/, '阶段条件'],
  [/管道/, '销售漏斗'],
  [/预警|风险警示|危险信号|红旗/, '风险信号'],
  // The quarter a deal is expected to close in is its 预计成交季度.
  [/预计成交(?!日期|季度)|(?<!预计)成交日期|预计签约|结单日期|关闭日期/, '预计成交日期'],
  [/分级|评级|级别/, '等级'],
];

describe('Chinese terms as the seeds write them', () => {
  it('uses one term per concept in every zh-CN message and shipped Chinese string', () => {
    expect(shipped.length).toBeGreaterThan(50);
    const found = everything.flatMap(([where, text]) =>
      BANNED.filter(([banned]) => banned.test(text)).map(
        ([banned, term]) => `${where}: "${text}" — ${banned.source} → ${term}`,
      ),
    );
    expect(found).toEqual([]);
  });
});

describe('Chinese punctuation', () => {
  // Half-width : ( ) , ; ? ! next to a Chinese character (spaces between allowed). Placeholders
  // like {{name}} may stand in for Chinese text, so they count as Chinese here.
  const halfWidth = /[\u4e00-\u9fff}]\s*[:(),;?!]|[:(),;?!]\s*[\u4e00-\u9fff{]/;

  it('is full-width wherever it touches Chinese text', () => {
    const found = messages
      .filter(([, text]) => CJK.test(text) && halfWidth.test(text))
      .map(([key, text]) => `${key}: "${text}"`);
    expect(found).toEqual([]);
  });

  it('never doubles a colon', () => {
    const found = messages
      .filter(([, text]) => /：\s*：|:\s*：|：\s*:/.test(text))
      .map(([key, text]) => `${key}: "${text}"`);
    expect(found).toEqual([]);
  });
});

describe('punctuation around translated text', () => {
  /** Components that glue ':' or '(' to translated text make "客户:" and "(截至…)" in Chinese. */
  const GLUED: RegExp[] = [
    /\{t\([^{}]*\)\}\s*[:(]/, // {t('x')}: …   {t('x')} (…
    /\$\{t\([^`]*?\)\}\s*[:(]/, // `${t('x')}: …`
    /[>\s]\(\{t\(/, // ({t('x')})
    /\{\w+\}:\{' '\}/, // {label}:{' '}
    /`\$\{\w+\}:? \(?\$\{/, // `${label}: ${value}`   `${text} (${note})`
  ];

  it('comes from the translations, never from components', () => {
    expect(components.length).toBeGreaterThan(100);
    const found = components.flatMap(([path, text]) =>
      text
        .split('\n')
        .map((line, i) => `${path}:${i + 1}: ${line.trim()}`)
        .filter((line) => GLUED.some((glued) => glued.test(line))),
    );
    expect(found).toEqual([]);
  });
});
