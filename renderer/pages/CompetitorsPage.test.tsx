import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { renderWithProviders } from '../test/renderWithProviders.tsx';
import { competitorItem, ok, settings } from '../features/competition/test/fixtures.ts';
import { CompetitorsPage } from './CompetitorsPage.tsx';

const competitors = [
  competitorItem({
    id: 'cmp_acme',
    name: 'Acme Machines',
    priceLevel: 'premium',
    lastVerifiedAt: '2025-06-01',
    lastVerifiedBy: 'Zheng Peng',
    stale: true,
    daysSinceVerified: 200,
    openDeals: 2,
    record: { won: 3, lost: 1, winRate: 0.75, topReasons: [] },
  }),
  competitorItem({
    id: 'cmp_bolt',
    name: 'Bolt Industrial',
    priceLevel: 'low',
    lastVerifiedAt: '2026-01-10',
    lastVerifiedBy: 'Chen Ming',
    openDeals: 1,
  }),
];

// The table renders only the rows its (virtual) scroller has room for; jsdom lays out nothing.
const sizes = { clientHeight: 800, clientWidth: 1200 };
beforeAll(() => {
  for (const [key, value] of Object.entries(sizes)) {
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  }
});
afterAll(() => {
  for (const key of Object.keys(sizes)) {
    delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
  }
});

const rowOf = (name: string) => {
  const row = screen.getByText(name).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

describe('CompetitorsPage', () => {
  afterEach(async () => {
    cleanup();
    window.sessionStorage.clear();
    await i18n.changeLanguage('en');
  });

  it('marks stale entries, says who verified them and shows our win rate', async () => {
    renderWithProviders(<CompetitorsPage />, {
      'settings.get': () => ok(settings),
      'competitors.list': () => ok(competitors),
    });
    const table = await screen.findByRole('table', { name: 'Competitors' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Name', 'Price level', 'Last verified', 'Open deals', 'Our win rate']);

    const acme = rowOf('Acme Machines');
    expect(acme.textContent).toContain('Premium');
    expect(acme.textContent).toContain('by Zheng Peng');
    expect(within(acme).getByTestId('stale-badge').textContent).toBe('Stale');
    expect(acme.textContent).toContain('75%');
    expect(acme.textContent).toContain('3 won · 1 lost');

    const bolt = rowOf('Bolt Industrial');
    expect(within(bolt).queryByTestId('stale-badge')).toBeNull();
    expect(bolt.textContent).toContain('by Chen Ming');
    // No closed deal yet: no rate rather than 0 %.
    expect(bolt.textContent).not.toContain('%');
  });

  it('reads in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(<CompetitorsPage />, {
      'settings.get': () => ok({ ...settings, locale: 'zh-CN' }),
      'competitors.list': () => ok(competitors),
    });
    await screen.findByRole('table', { name: '竞争对手' });
    const acme = rowOf('Acme Machines');
    await waitFor(() => expect(within(acme).getByTestId('stale-badge').textContent).toBe('已过期'));
    expect(acme.textContent).toContain('核实人：Zheng Peng');
    expect(acme.textContent).toContain('高端');
  });
});
