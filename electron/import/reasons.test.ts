import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISSUE_MESSAGES } from '../../shared/issues.ts';
import { reasonLine, reasonText, ROW_ISSUE_CODES } from './reasons.ts';

// The renderer's Chinese messages, read as text: the main process does not load the renderer.
const rendererZh = readFileSync(new URL('../../renderer/i18n/zh-CN.ts', import.meta.url), 'utf8');

describe('reasons of refused rows', () => {
  it('say every code in the same Chinese as the interface', () => {
    for (const code of ROW_ISSUE_CODES) {
      // Placeholders filled with themselves: the template as written.
      const same = Object.fromEntries(['max', 'min', 'value', 'row'].map((k) => [k, `{{${k}}}`]));
      const text = reasonText('zh-CN', code, same, '');
      const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(rendererZh, code).toMatch(new RegExp(`\\n\\s+${code}:\\s*'${escaped}'`));
    }
  });

  it('fill in their values, in English as the contract writes it', () => {
    expect(reasonText('en', 'not_a_number', { value: 'abc' }, '')).toBe('Not a number: “abc”.');
    expect(reasonText('zh-CN', 'not_a_number', { value: 'abc' }, '')).toBe('不是数字：“abc”。');
    expect(reasonText('en', 'required', undefined, '')).toBe(ISSUE_MESSAGES.required);
    expect(reasonText('zh-CN', 'no_such_code', undefined, 'As sent.')).toBe('As sent.');
    expect(reasonLine('zh-CN', '金额', '不是数字。')).toBe('金额：不是数字。');
    expect(reasonLine('en', 'Amount', 'Not a number.')).toBe('Amount: Not a number.');
    expect(reasonLine('en', null, 'Whole row.')).toBe('Whole row.');
  });
});
