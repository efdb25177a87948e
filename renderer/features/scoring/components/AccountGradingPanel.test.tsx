import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { grading, makeIssue, ok, refused } from '../test/fixtures.ts';
import { AccountGradingBadges } from './AccountGradingBadges.tsx';
import { AccountGradingPanel } from './AccountGradingPanel.tsx';

const graded = grading({
  version: 1,
  lastPurchaseDate: '2026-10-24',
  purchaseCount: 4,
  purchaseAmount: 20_000,
  rfm: { recencyDays: 30, scores: { r: 5, f: 4, m: 4 }, points: 84, tier: 'vip1' },
});

describe('AccountGradingPanel', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('shows the RFM points and tier; a flag refused for its date is shown at that flag', async () => {
    const { calls } = renderWithProviders(<AccountGradingPanel accountId="acc_1" />, {
      'accountScoring.get': () => ok(graded),
      'accountScoring.save': () => refused(makeIssue(['creditFlags', 0, 'date'], 'date_in_future')),
    });
    expect(await screen.findByText('84 points — VIP 1')).toBeTruthy();
    expect(screen.getByText('R 5 · F 4 · M 4 (last purchase 30 days ago)')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Pays from a new bank' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'What was seen: Pays from a new bank' }), {
      target: { value: 'Other bank' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save grading' }));
    const dateInput = screen.getByRole('textbox', { name: 'Noticed on: Pays from a new bank' });
    await waitFor(() =>
      expect(
        (dateInput.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      ).toContain('This date is in the future.'),
    );
    const sent = calls.find((c) => c.channel === 'accountScoring.save')?.input as {
      creditFlags: { flag: string; date: string; note: string }[];
      version: number;
      purchaseCount: number;
    };
    expect(sent.version).toBe(1);
    expect(sent.purchaseCount).toBe(4);
    expect(sent.creditFlags).toEqual([
      { flag: 'new_bank', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), note: 'Other bank' },
    ]);
  });

  it('dates a flag ticked at 00:30 in Shanghai with the Shanghai day, not the UTC one', async () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    vi.useFakeTimers({ now: new Date('2026-12-05T00:30:00+08:00'), toFake: ['Date'] });
    try {
      const { calls } = renderWithProviders(<AccountGradingPanel accountId="acc_1" />, {
        'accountScoring.get': () => ok(graded),
        'accountScoring.save': () => ok(graded),
      });
      fireEvent.click(await screen.findByRole('checkbox', { name: 'Pays from a new bank' }));
      fireEvent.click(screen.getByRole('button', { name: 'Save grading' }));
      await waitFor(() =>
        expect(calls.some((c) => c.channel === 'accountScoring.save')).toBe(true),
      );
      const sent = calls.find((c) => c.channel === 'accountScoring.save')?.input as {
        creditFlags: { date: string }[];
      };
      expect(sent.creditFlags.map((f) => f.date)).toEqual(['2026-12-05']);
    } finally {
      vi.useRealTimers();
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('puts the tier and the warnings in the header, in Chinese too', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(<AccountGradingBadges accountId="acc_1" />, {
      'accountScoring.get': () =>
        ok({
          ...graded,
          creditFlags: [
            { flag: 'new_bank', date: '2026-10-01', note: '' },
            { flag: 'rumours', date: '2026-11-01', note: '' },
          ],
        }),
    });
    expect(await screen.findByText('84 分 — 一级 VIP')).toBeTruthy();
    const list = screen.getByRole('list', { name: '信用风险信号' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual(['更换付款银行', '传闻经营困难']);
  });
});
