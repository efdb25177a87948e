import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SALES8_STAGE_SET } from '../../shared/pipeline.ts';
import { i18n } from '../i18n/i18n.ts';
import { fakeViewsAndTeam, teamMember } from '../test/fakeViews.ts';
import { renderWithProviders, type FakeServer } from '../test/renderWithProviders.tsx';
import { amountChanged, forecast, review } from '../features/forecast/test/fixtures.ts';
import { ForecastPage } from './ForecastPage.tsx';

const snapshot = {
  id: 's1',
  takenAt: '2026-11-20T09:00:00.000Z',
  weekOf: '2026-11-16',
  kind: 'manual' as const,
  note: 'Friday review',
  lineCount: 5,
  totals: [{ currency: 'CNY' as const, count: 3, total: 20_050_000, weighted: 8_982_500 }],
};

// Zheng Peng manages Chen Ming.
const TEAM = [
  teamMember('tm_chen', 'Chen Ming', { managerId: 'tm_zheng', managerName: 'Zheng Peng' }),
  teamMember('tm_zheng', 'Zheng Peng', { reportCount: 1 }),
];

const server = (extra: FakeServer = {}): FakeServer => ({
  ...fakeViewsAndTeam(TEAM).channels,
  'opportunities.list': () => ({ ok: true, data: [] }),
  'stageSets.list': () => ({ ok: true, data: [SALES8_STAGE_SET] }),
  'forecast.get': () => ({ ok: true, data: forecast }),
  'forecast.snapshots': () => ({ ok: true, data: [snapshot] }),
  'forecast.movements': () => ({
    ok: true,
    data: { quarter: '2026-Q4', fromSnapshotId: 's_1', movements: [amountChanged] },
  }),
  'reviews.queue': () => ({
    ok: true,
    data: [review(), review({ rule: 'no_intent', days: 41, since: '2026-10-13' })],
  }),
  ...extra,
});

// The review queue's rows are virtual: they render only where jsdom is told there is room.
const sizes = { clientHeight: 800, clientWidth: 1200, offsetHeight: 40, offsetWidth: 1200 };
function giveRoom() {
  for (const [key, value] of Object.entries(sizes)) {
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  }
}

describe('ForecastPage', () => {
  afterEach(async () => {
    cleanup();
    vi.restoreAllMocks();
    window.location.hash = '';
    for (const key of Object.keys(sizes)) {
      delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
    }
    await i18n.changeLanguage('en');
  });

  it('shows one forecast table per currency with its totals', async () => {
    renderWithProviders(<ForecastPage tab="overview" />, server());
    const cny = await screen.findByRole('table', { name: 'Forecast by period, CNY' });
    const total = within(cny).getByRole('rowheader', { name: 'Total' }).closest('tr');
    expect(total?.textContent).toBe(
      'Total3CN¥20,050,000CN¥8,982,500CN¥0CN¥5,600,000CN¥14,450,000CN¥0',
    );
    const usd = screen.getByRole('table', { name: 'Forecast by period, USD' });
    expect(within(usd).getAllByRole('row')).toHaveLength(3);
    expect(within(usd).getByRole('rowheader', { name: 'Q1 2027' })).toBeTruthy();
    // The chart's numbers for screen readers.
    const chart = screen.getByRole('table', {
      name: 'Chart data: commit, best case and pipeline by period, CNY',
    });
    expect(
      within(chart).getByRole('rowheader', { name: 'Q2 2027' }).closest('tr')?.textContent,
    ).toBe('Q2 2027CN¥0CN¥0CN¥1,850,000');
  });

  it('splits the forecast by owner and filters it to one owner', async () => {
    const { calls } = renderWithProviders(
      <ForecastPage tab="overview" />,
      server({
        'opportunities.list': () => ({
          ok: true,
          data: [{ owner: 'Chen Ming' }, { owner: 'Zheng Peng' }],
        }),
        'forecast.get': (input) => {
          const { byOwner } = input as { byOwner: boolean };
          return {
            ok: true,
            data: {
              ...forecast,
              groups: forecast.groups.map((g) => ({ ...g, owner: byOwner ? 'Chen Ming' : null })),
            },
          };
        },
      }),
    );
    const before = await screen.findByRole('table', { name: 'Forecast by period, CNY' });
    expect(within(before).queryByRole('columnheader', { name: 'Owner' })).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: 'Split by owner' }));
    const cny = await screen.findByRole('table', { name: 'Forecast by period, CNY' });
    await waitFor(() =>
      expect(within(cny).getByRole('columnheader', { name: 'Owner' })).toBeTruthy(),
    );
    expect(within(cny).getAllByRole('cell', { name: 'Chen Ming' })).toHaveLength(2);

    fireEvent.click(screen.getByRole('combobox', { name: 'Owner' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Zheng Peng' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'forecast.get').at(-1)?.input).toEqual({
        groupBy: 'quarter',
        byOwner: true,
        owner: 'Zheng Peng',
      }),
    );
  });

  it('refuses a snapshot label that is too long and takes nothing', async () => {
    const { calls } = renderWithProviders(<ForecastPage tab="movements" />, server());
    fireEvent.click(await screen.findByRole('button', { name: 'Take snapshot' }));
    const dialog = await screen.findByRole('dialog', { name: 'Take a forecast snapshot' });
    const label = within(dialog).getByRole('textbox', { name: 'Label (optional)' });
    fireEvent.change(label, { target: { value: 'x'.repeat(1001) } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Take snapshot' }));
    await waitFor(() =>
      expect(within(dialog).getByText('Must be at most 1000 characters.')).toBeTruthy(),
    );
    expect(calls.some((c) => c.channel === 'forecast.snapshot')).toBe(false);
  });

  it('lists snapshots as immutable, and movements with old → new and the weighted change', async () => {
    renderWithProviders(<ForecastPage tab="movements" />, server());
    const snapshots = await screen.findByRole('table', { name: 'Snapshots' });
    expect(within(snapshots).getByText('Friday review')).toBeTruthy();
    expect(within(snapshots).getByText('CN¥20,050,000 / CN¥8,982,500')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /delete|edit/i })).toBeNull();
    expect(screen.getByText(/Snapshots are immutable/)).toBeTruthy();
    const list = await screen.findByRole('table', { name: 'Movements' });
    const row = within(list).getByRole('link', { name: amountChanged.name }).closest('tr');
    expect(row?.textContent).toBe(
      'Plant 1 fixture and tooling upgradeChen MingAmount changedCN¥1,850,000 → CN¥2,100,000CN¥62,500',
    );
    const chart = screen.getByRole('table', {
      name: 'Chart data: weighted change by movement, CNY',
    });
    expect(
      within(chart).getByRole('rowheader', { name: 'Amount changed' }).closest('tr')?.textContent,
    ).toBe('Amount changedCN¥62,500');
  });

  it('shows movements of all periods by default, and says what the quarter filter filters', async () => {
    const { calls } = renderWithProviders(
      <ForecastPage tab="movements" />,
      server({
        'forecast.movements': (input) => ({
          ok: true,
          data: {
            quarter: (input as { quarter?: string }).quarter ?? null,
            fromSnapshotId: 's_1',
            movements: [amountChanged],
          },
        }),
      }),
    );
    const filter = await screen.findByRole('combobox', {
      name: 'Deals whose close date (before or after) is in',
    });
    expect((filter as HTMLInputElement).value).toBe('All periods');
    await screen.findByText('All periods · movements: 1');
    const movementCalls = () => calls.filter((c) => c.channel === 'forecast.movements');
    expect(movementCalls().at(-1)?.input).toEqual({});
  });

  it('reads the pipeline pack only when exported, prints it, and lets it go on the next click', async () => {
    const seen: string[] = [];
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      seen.push(screen.getByTestId('pipeline-pack').textContent ?? '');
    });
    const { calls } = renderWithProviders(<ForecastPage tab="overview" />, server());
    await screen.findByRole('table', { name: 'Forecast by period, CNY' });
    // The overview reads the forecast, nothing of the pack, and mounts no print copy.
    const packReads = () =>
      calls.filter((c) => ['forecast.movements', 'reviews.queue'].includes(c.channel));
    expect(packReads()).toEqual([]);
    expect(screen.queryByTestId('pipeline-pack')).toBeNull();

    const button = screen.getByRole('button', { name: 'Export pipeline pack' });
    fireEvent.click(button);
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(
      packReads()
        .map((c) => c.channel)
        .sort(),
    ).toEqual(['forecast.movements', 'reviews.queue']);
    expect(seen[0]).toContain('Pipeline review pack');
    // The movements and the review queue, the reads made for the pack.
    expect(seen[0]).toContain('Q4 2026 · movements: 1');
    expect(seen[0]).toContain('Open 41 days with no evidence of intent');
    await waitFor(() => expect(button.hasAttribute('data-loading')).toBe(false));
    // Still there after printing (the browser's own print command prints it), gone on a click.
    expect(screen.getByTestId('pipeline-pack')).toBeTruthy();
    fireEvent.pointerDown(document.body);
    await waitFor(() => expect(screen.queryByTestId('pipeline-pack')).toBeNull());
  });

  it('says so when the pipeline pack cannot be read, and prints nothing', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderWithProviders(
      <ForecastPage tab="overview" />,
      server({
        'reviews.queue': () => ({ ok: false, error: { code: 'internal', message: 'x' } }),
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Export pipeline pack' }));
    expect(await screen.findByText('The pipeline pack could not be exported.')).toBeTruthy();
    expect(print).not.toHaveBeenCalled();
    expect(screen.queryByTestId('pipeline-pack')).toBeNull();
  });

  it('gives each deal in the review queue its reason, in Chinese too', async () => {
    await i18n.changeLanguage('zh-CN');
    giveRoom();
    renderWithProviders(<ForecastPage tab="reviews" />, server());
    const queue = await screen.findByRole('table', { name: '评审队列' });
    expect(within(queue).getByText('9 天未更新（自 2026年11月14日）')).toBeTruthy();
    expect(within(queue).getByText('已开启 41 天，无意向证据')).toBeTruthy();
  });

  it('narrows the review queue to a manager’s team, kept in the address', async () => {
    window.location.hash = '#/forecast/reviews';
    giveRoom();
    const { calls } = renderWithProviders(<ForecastPage tab="reviews" />, server());
    await screen.findByRole('table', { name: 'Review queue' });
    fireEvent.click(screen.getByRole('combobox', { name: 'Owner' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Zheng Peng’s team' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'reviews.queue').at(-1)?.input).toEqual({
        team: { memberId: 'tm_zheng', includeReports: true },
      }),
    );
    expect(window.location.hash).toBe('#/forecast/reviews?owner=team%3Atm_zheng');
  });
});
