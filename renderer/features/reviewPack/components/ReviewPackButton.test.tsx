import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders, type FakeServer } from '../../../test/renderWithProviders.tsx';
import { packData } from '../test/fixtures.ts';
import { ReviewPackButton } from './ReviewPackButton.tsx';

const ok = (data: unknown) => ({ ok: true as const, data });

/** The channels the pack reads, answered from the pack fixture. */
function server(over: FakeServer = {}): FakeServer {
  const d = packData();
  return {
    'stages.deal': () => ok(d.deal),
    'forecast.snapshots': () =>
      ok([
        // This Monday's, taken at 00:20 in Shanghai (still Sunday in UTC).
        {
          id: 'snap_2',
          takenAt: '2026-12-06T16:20:00Z',
          weekOf: '2026-12-07',
          kind: 'automatic',
          note: '',
          lineCount: 1,
        },
        {
          id: 'snap_1',
          takenAt: '2026-11-16T07:00:00Z',
          weekOf: '2026-11-16',
          kind: 'automatic',
          note: '',
          lineCount: 1,
        },
      ]),
    'negotiations.list': () =>
      ok([
        {
          id: d.negotiation!.id,
          opportunityId: 'opp_1',
          title: d.negotiation!.title,
          meetingDate: d.negotiation!.meetingDate,
          version: 1,
          updatedAt: d.negotiation!.updatedAt,
        },
      ]),
    'negotiations.get': () => ok(d.negotiation),
    'accounts.get': () => ok(d.account),
    'stageSets.list': () => ok(d.stageSets),
    'people.list': () => ok(d.people),
    'committee.get': () => ok({ members: d.members }),
    'buyingRoles.list': () => ok(d.roles),
    'committee.coverage': () => ok(d.coverage),
    'accountScoring.get': () => ok(d.grading),
    'evaluation.get': () => ok(d.evaluation),
    'orgchart.get': () => ok(d.chart),
    'criteria.comparison': () => ok(d.comparison),
    'forecast.get': () => ok({ groups: [], thresholds: d.thresholds }),
    'forecast.movements': () =>
      ok({ quarter: '2026-Q4', fromSnapshotId: 's_1', movements: d.movements }),
    'activities.list': () => ok(d.activities),
    'history.list': () => ok(d.dealChanges),
    'committee.changesSince': () => ok(d.committeeChanges),
    ...over,
  };
}

describe('ReviewPackButton', () => {
  const tz = process.env.TZ;
  afterEach(async () => {
    cleanup();
    vi.restoreAllMocks();
    vi.useRealTimers();
    process.env.TZ = tz;
    await i18n.changeLanguage('en');
  });

  it('reads the deal through the channels, mounts the pack and prints it on A4', async () => {
    await i18n.changeLanguage('en');
    // Monday 7 December at 00:30 in Shanghai: the pack is dated that day, like this week's snapshot.
    process.env.TZ = 'Asia/Shanghai';
    vi.useFakeTimers({ now: new Date('2026-12-07T00:30:00+08:00'), toFake: ['Date'] });
    const seen: { title: string; page: string }[] = [];
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      seen.push({
        title: document.title,
        page: document.querySelector('style[data-print-document]')?.textContent ?? '',
      });
    });
    const { calls } = renderWithProviders(<ReviewPackButton opportunityId="opp_1" />, server());
    fireEvent.click(screen.getByRole('button', { name: 'Deal-review pack' }));

    await waitFor(() => expect(print).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    const pack = within(screen.getByTestId('review-pack-print')).getByRole('article', {
      name: 'Deal-review pack',
    });
    expect(pack.textContent).toContain('Boiler upgrade');
    expect(pack.textContent).toContain('Date: Dec 7, 2026');
    expect(pack.textContent).toContain('Changes since Nov 16, 2026 (last weekly snapshot');
    // Evidence saved after the snapshot is a change; evidence saved before it is not.
    expect(pack.textContent).toContain('Purchasing power confirmed: met');
    expect(pack.textContent).not.toContain('Target fits our selection criteria: met');
    // The map, laid out for real, names everyone of the account.
    expect(pack.querySelector('svg text')).not.toBeNull();
    expect(
      [...pack.querySelectorAll('svg text')].map((t) => t.textContent).includes('Consultant'),
    ).toBe(true);

    // Changes since the snapshot's moment, and this deal's movements from that snapshot.
    expect(calls.find((c) => c.channel === 'forecast.movements')?.input).toEqual({
      from: 'snap_1',
      opportunityId: 'opp_1',
    });
    expect(calls.find((c) => c.channel === 'committee.changesSince')?.input).toEqual({
      opportunityId: 'opp_1',
      since: '2026-11-16T07:00:00Z',
    });
    expect(calls.find((c) => c.channel === 'history.list')?.input).toEqual({
      entity: 'opportunity',
      entityId: 'opp_1',
      since: '2026-11-16T07:00:00Z',
      limit: 200,
    });
    expect(calls.find((c) => c.channel === 'activities.list')?.input).toEqual({
      opportunityId: 'opp_1',
      limit: 10,
    });
    // The browser shell prints through the dialog: A4 portrait, the file name as the title.
    expect(seen).toEqual([
      {
        title: 'Deal review Boiler upgrade 2026-12-07',
        page: '@page { size: A4 portrait; }',
      },
    ]);
    // The map is laid out for real (elkjs on the main thread in jsdom).
  }, 30_000);

  it('says so when the deal cannot be read, and prints nothing', async () => {
    await i18n.changeLanguage('en');
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithProviders(
      <ReviewPackButton opportunityId="opp_1" />,
      server({
        'stages.deal': () => ({ ok: false, error: { code: 'not_found', message: 'x' } }),
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Deal-review pack' }));
    expect(await screen.findByText('The deal-review pack could not be made.')).toBeTruthy();
    expect(print).not.toHaveBeenCalled();
    expect(screen.queryByTestId('review-pack-print')).toBeNull();
  });
});
