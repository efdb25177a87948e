import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

const root = join(import.meta.dirname, '..', '..');
const CJK = /[\u4e00-\u9fff]/;

/** Chinese string literals in the shipped (non-test) sources of shared/ and electron/. */
function sourceStrings(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
          const literal = m[1] ?? m[2] ?? '';
          if (CJK.test(literal)) out.push([relative(root, path), literal]);
        }
      }
    }
  };
  walk(join(root, 'shared'));
  walk(join(root, 'electron'));
  return out;
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
    /[>\s]\(\{(?:t|fmt)[.(]/, // ({t('x')})   ({fmt.percent(x)})
    /\{\w+\}:\{' '\}/, // {label}:{' '}
    /`\$\{\w+\}:? \(?\$\{/, // `${label}: ${value}`   `${text} (${note})`
  ];

  it('comes from the translations, never from components', () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'i18n') walk(path);
        } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          readFileSync(path, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (GLUED.some((glued) => glued.test(line)))
                found.push(`${relative(root, path)}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    walk(join(root, 'renderer'));
    expect(found).toEqual([]);
  });
});
