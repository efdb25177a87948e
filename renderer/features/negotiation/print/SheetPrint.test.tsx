import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import '../../../test/jsdomPolyfills.ts';
import type { CommitteePerson } from '../api/useDealContext.ts';
import { sheet } from '../testFixtures.ts';
import { toDraft } from '../utils/sheetDraft.ts';
import { SheetPrint } from './SheetPrint.tsx';

const members: CommitteePerson[] = [
  {
    personId: 'p_wang',
    name: '王建国',
    title: '厂长',
    attitude: 'supporter',
    attitudeLabel: 'Supporter',
    roles: ['Decider'],
    motives: 'Quality',
  },
];

function renderPrint() {
  return render(
    <SheetPrint
      draft={toDraft(sheet)}
      dealName="Boiler upgrade"
      accountName="华东电力"
      members={members}
      warnings={sheet.warnings}
    />,
  );
}

describe('SheetPrint', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('names the customer people, our limits, issues, concessions and principles in English', async () => {
    await i18n.changeLanguage('en');
    renderPrint();
    const page = screen.getByRole('article');
    expect(within(page).getByText('Negotiation preparation sheet · Round 1')).toBeTruthy();
    expect(within(page).getByText('王建国').closest('tr')?.textContent).toBe(
      '王建国 · 厂长Lead negotiatorSupporterDecider',
    );
    expect(within(page).getByText('Chen Ming')).toBeTruthy();
    for (const issue of ['Price', 'Payment terms', 'Spare parts']) {
      expect(within(page).getByText(issue, { selector: 'td' })).toBeTruthy();
    }
    // One limit per issue: the number, which way is better, and the note beside it.
    expect(within(page).getByText(/Board approval below 4\.5 M/).textContent).toBe(
      '4,200,000 (Higher is better) · Board approval below 4.5 M',
    );
    expect(within(page).getByText('10% retention max', { selector: 'td' })).toBeTruthy();
    expect(within(page).getByText('⚠ beyond our limit of 4,200,000')).toBeTruthy();
    expect(within(page).getByText(/☑ 3\. Prepare thoroughly beforehand/)).toBeTruthy();
    expect(within(page).getByText(/☐ 1\. Aim for a long-term win-win/)).toBeTruthy();
  });

  it('prints in Chinese with the seed’s wording', async () => {
    await i18n.changeLanguage('zh-CN');
    renderPrint();
    const page = screen.getByRole('article');
    expect(within(page).getByText('谈判准备表 · Round 1')).toBeTruthy();
    expect(within(page).getByText('王建国').closest('tr')?.textContent).toContain('主谈');
    for (const issue of ['价格', '付款条件', 'Spare parts']) {
      expect(within(page).getByText(issue, { selector: 'td' })).toBeTruthy();
    }
    for (const heading of ['目标', '议题', '让步计划（给出 → 换取）', '谈判原则', '我方 BATNA']) {
      expect(within(page).getByRole('heading', { name: heading })).toBeTruthy();
    }
    expect(within(page).getByText('⚠ 超出底线（4,200,000）')).toBeTruthy();
    expect(within(page).getByText(/☑ 8\. 有所失才能有所得/)).toBeTruthy();
  });
});
