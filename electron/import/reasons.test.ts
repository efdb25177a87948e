import { describe, expect, it } from 'vitest';
import { ISSUE_MESSAGES } from '../../shared/issues.ts';
import { reasonLine, reasonText } from './reasons.ts';

describe('reasons of refused rows', () => {
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
