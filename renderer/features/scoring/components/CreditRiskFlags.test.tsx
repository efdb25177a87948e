import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { CreditRiskFlags } from './CreditRiskFlags.tsx';

const flags = [
  { flag: 'new_bank' as const, date: '2026-10-01', note: 'Paid from another bank' },
  { flag: 'rumours' as const, date: '2026-11-02', note: '' },
];

describe('CreditRiskFlags', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('renders nothing without flags', () => {
    renderWithProviders(<CreditRiskFlags flags={[]} />, {});
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows each sign as a warning badge, in Chinese too', async () => {
    renderWithProviders(<CreditRiskFlags flags={flags} />, {});
    const list = screen.getByRole('list', { name: 'Credit-risk warnings' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual(['Pays from a new bank', 'Rumours of trouble']);
    cleanup();
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(<CreditRiskFlags flags={flags} />, {});
    expect(
      within(screen.getByRole('list', { name: '信用风险信号' })).getAllByRole('listitem')[0]
        ?.textContent,
    ).toBe('更换付款银行');
  });
});
