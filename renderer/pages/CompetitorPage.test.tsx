import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CompetitorDetail } from '../../shared/competition.ts';
import { i18n } from '../i18n/i18n.ts';
import { renderWithProviders } from '../test/renderWithProviders.tsx';
import {
  competitorItem,
  makeIssue,
  ok,
  refused,
  settings,
} from '../features/competition/test/fixtures.ts';
import { CompetitorPage } from './CompetitorPage.tsx';

const detail: CompetitorDetail = {
  ...competitorItem({
    id: 'cmp_acme',
    name: 'Acme Machines',
    priceLevel: 'high',
    strengths: 'Strong brand',
    weaknesses: 'Slow service',
    tactics: 'Deep discounts at the end',
    referenceCustomers: 'Huadong Power',
    stale: true,
    lastVerifiedAt: '2025-05-01',
    lastVerifiedBy: 'Zheng Peng',
    version: 7,
    record: {
      won: 1,
      lost: 2,
      winRate: 1 / 3,
      topReasons: [
        { reason: 'price', won: 0, lost: 2 },
        { reason: 'service', won: 1, lost: 0 },
      ],
    },
  }),
  deals: [
    {
      opportunityId: 'opp_temp',
      opportunityName: 'Temp capacity expansion',
      accountName: 'Temp',
      status: 'lost',
      position: 'behind',
      winner: 'competitor',
      winnerCompetitorId: 'cmp_acme',
    },
    {
      opportunityId: 'opp_new',
      opportunityName: 'Temp line 2',
      accountName: 'Temp',
      status: 'open',
      position: 'level',
      winner: null,
      winnerCompetitorId: null,
    },
  ],
};

describe('CompetitorPage', () => {
  afterEach(async () => {
    cleanup();
    window.localStorage.clear();
    await i18n.changeLanguage('en');
  });

  it('shows every field, our record with the most cited reasons and the deals', async () => {
    renderWithProviders(<CompetitorPage id="cmp_acme" />, {
      'settings.get': () => ok(settings),
      'competitors.get': () => ok(detail),
    });
    await screen.findByRole('heading', { name: 'Acme Machines' });
    expect(screen.getByText('Deep discounts at the end')).toBeTruthy();
    expect(screen.getByText('Huadong Power')).toBeTruthy();
    expect(screen.getByTestId('stale-badge')).toBeTruthy();
    expect(screen.getByTestId('record-won').textContent).toBe('1');
    expect(screen.getByTestId('record-lost').textContent).toBe('2');
    expect(screen.getByTestId('record-win-rate').textContent).toBe('33%');
    const reasons = within(screen.getByRole('list', { name: 'Most cited reasons' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(reasons).toEqual(['Price0 won · 2 lost', 'Service1 won · 0 lost']);
    const deals = screen.getByRole('table', { name: 'Deals with this competitor' });
    const link = within(deals).getByRole('link', { name: 'Temp capacity expansion' });
    expect(link.getAttribute('href')).toBe('#/opportunities/opp_temp/competition');
    expect(within(deals).getAllByRole('row')[1]?.textContent).toContain('This competitor');
  });

  it('asks who verified it, remembers the name, and shows a refusal in the dialog', async () => {
    window.localStorage.setItem('dealWorkbench.competitorVerifier', 'Chen Ming');
    let attempt = 0;
    const { calls } = renderWithProviders(<CompetitorPage id="cmp_acme" />, {
      'settings.get': () => ok(settings),
      'competitors.get': () => ok(detail),
      'competitors.update': () =>
        ++attempt === 1
          ? refused(makeIssue(['verifiedBy'], 'too_long', { max: 100 }))
          : ok({ ...detail, version: 8 }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Mark verified' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark as verified' });
    const who = within(dialog).getByRole('textbox', { name: 'Verified by' }) as HTMLInputElement;
    expect(who.value).toBe('Chen Ming');
    fireEvent.change(who, { target: { value: 'Zheng Peng' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark verified' }));
    await within(dialog).findByText('Must be at most 100 characters.');
    expect(window.localStorage.getItem('dealWorkbench.competitorVerifier')).toBe('Chen Ming');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark verified' }));
    await waitFor(() =>
      expect(window.localStorage.getItem('dealWorkbench.competitorVerifier')).toBe('Zheng Peng'),
    );
    expect(calls.filter((c) => c.channel === 'competitors.update').at(-1)?.input).toEqual({
      id: 'cmp_acme',
      version: 7,
      verifiedBy: 'Zheng Peng',
    });
  });

  it('archives only after confirmation', async () => {
    const { calls } = renderWithProviders(<CompetitorPage id="cmp_acme" />, {
      'settings.get': () => ok(settings),
      'competitors.get': () => ok(detail),
      'competitors.update': () => ok({ ...detail, archived: true, version: 8 }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive this competitor?' });
    expect(calls.some((c) => c.channel === 'competitors.update')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'competitors.update')?.input).toEqual({
        id: 'cmp_acme',
        version: 7,
        archived: true,
      }),
    );
  });
});
