import { afterAll, describe, expect, it } from 'vitest';
import { makeIssue, type Issue } from '../../../shared/issues.ts';
import { i18n } from '../../i18n/i18n.ts';
import { issueMessage } from './issueMessage.ts';
import { fieldAmong, splitIssues } from './splitIssues.ts';

describe('issueMessage', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('translates every issue code with its parameters', async () => {
    await i18n.changeLanguage('en');
    expect(issueMessage(i18n.t, makeIssue(['name'], 'too_long', { max: 200 }))).toBe(
      'Must be at most 200 characters.',
    );
    expect(issueMessage(i18n.t, makeIssue(['managerId'], 'manager_cycle'))).toMatch(/loop/);
    await i18n.changeLanguage('zh-CN');
    expect(issueMessage(i18n.t, makeIssue(['name'], 'too_long', { max: 200 }))).toBe(
      '最多 200 个字符。',
    );
    expect(issueMessage(i18n.t, makeIssue(['probability'], 'too_big', { max: 100 }))).toBe(
      '不能大于 100。',
    );
    expect(issueMessage(i18n.t, makeIssue([], 'unknown_field', { keys: 'foo, bar' }))).toBe(
      '未知字段：foo, bar。',
    );
    expect(issueMessage(i18n.t, makeIssue(['name'], 'duplicate_name'))).toBe(
      '已有另一个未归档的客户使用此名称。',
    );
  });

  it('says in both languages that an amount cannot be negative, not that it is the wrong kind', async () => {
    const negative = makeIssue(['amount'], 'negative_amount', { min: 0 });
    await i18n.changeLanguage('en');
    expect(issueMessage(i18n.t, negative)).toBe('The amount cannot be negative.');
    await i18n.changeLanguage('zh-CN');
    expect(issueMessage(i18n.t, negative)).toBe('金额不能为负数。');
    expect(
      issueMessage(i18n.t, makeIssue(['repRelations', 0, 'personId'], 'person_required')),
    ).toBe('请选择一个人，或删除这一行。');
  });

  it("falls back to the server's message for a code it does not know", () => {
    const future = {
      path: ['x'],
      code: 'brand_new_rule',
      message: 'A newer server rule.',
    } as unknown as Issue;
    expect(issueMessage(i18n.t, future)).toBe('A newer server rule.');
  });
});

describe('splitIssues', () => {
  it("puts each field's first issue next to it and the rest at form level", () => {
    const issues = [
      makeIssue(['name'], 'required'),
      makeIssue(['name'], 'too_long', { max: 200 }),
      makeIssue(['email'], 'invalid_email'),
      makeIssue([], 'unknown_field', { keys: 'x' }),
      makeIssue(['accountId'], 'account_archived'),
    ];
    const { byField, general } = splitIssues(issues, fieldAmong(['name', 'email']));
    expect(byField).toEqual({ name: issues[0], email: issues[2] });
    expect(general).toEqual([issues[3], issues[4]]);
  });
});
