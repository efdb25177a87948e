import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Comparison } from '../../../../shared/competition.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders, type FakeServer } from '../../../test/renderWithProviders.tsx';
import {
  comparison,
  competitorItem,
  dealCompetitor,
  makeIssue,
  member,
  conflict,
  ok,
  opportunity,
  person,
  refused,
  settings,
  stamp,
} from '../test/fixtures.ts';
import { CompetitionTab } from './CompetitionTab.tsx';

const people = [
  person('p_wang', 'Wang Jianguo'),
  person('p_li', 'Li Na'),
  person('p_zhao', 'Zhao Lei'),
];
const members = [
  member('p_wang', { attitude: 'supporter', roles: ['coach'] }),
  member('p_li', { attitude: 'opponent' }),
  member('p_zhao', { attitude: 'supporter' }),
];
const entries = [
  dealCompetitor({
    competitorId: 'cmp_acme',
    competitorName: 'Acme',
    incumbent: true,
    satisfaction: 2,
    threat: 'high',
    position: 'behind',
    repName: 'Mr Qian',
    repRelations: [{ personId: 'p_li', closeness: 'close' }],
  }),
  dealCompetitor({ competitorId: 'cmp_bolt', competitorName: 'Bolt', threat: 'low' }),
];
const library = [
  competitorItem({ id: 'cmp_acme', name: 'Acme', weaknesses: '- Slow service response\n- Old UI' }),
  competitorItem({ id: 'cmp_bolt', name: 'Bolt' }),
  competitorItem({ id: 'cmp_cobra', name: 'Cobra' }),
];

function server(over: FakeServer = {}): FakeServer {
  return {
    'settings.get': () => ok(settings),
    'dealCompetitors.list': () => ok(entries),
    'criteria.comparison': () => ok(comparison),
    'competitors.list': () => ok(library),
    'committee.get': () => ok({ members }),
    'people.list': () => ok(people),
    'swot.get': () => ok(null),
    'outcomes.get': () => ok(null),
    ...over,
  };
}

/** A table as rows of cell texts. */
function rowsOf(name: string | RegExp) {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''));
}

describe('CompetitionTab', () => {
  beforeAll(() => {
    // jsdom has no canvas; without one ECharts estimates text widths, which is enough here.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('shows the normalised weights and the weighted totals of the comparison', async () => {
    renderWithProviders(<CompetitionTab opportunity={opportunity()} />, server());
    await screen.findByRole('table', { name: 'Buying criteria' });
    const shares = screen.getAllByTestId('weight-percent').map((c) => c.textContent);
    expect(shares).toEqual(['50%', '33%', '17%']);
    expect(
      (screen.getByRole('textbox', { name: 'Weight of Price' }) as HTMLInputElement).value,
    ).toBe('3');
    expect(
      (screen.getByRole('textbox', { name: 'Score of Acme for Price' }) as HTMLInputElement).value,
    ).toBe('8');
    expect(
      (screen.getByRole('textbox', { name: 'Score of Acme for Delivery' }) as HTMLInputElement)
        .value,
    ).toBe('');

    expect(rowsOf('Weighted scores')).toEqual([
      ['Vendor', 'Weighted score', '', 'Scored'],
      ['Us', '6.3 / 10', '', '100%'],
      ['Acme', '7.2 / 10', '', '83%'],
      ['Bolt', '5.7 / 10', '', '100%'],
    ]);
  });

  it('carries the radar numbers in a hidden table and lists the costliest gap first', async () => {
    renderWithProviders(<CompetitionTab opportunity={opportunity()} />, server());
    await screen.findByRole('table', { name: 'Scores by criterion' });
    expect(screen.getByTestId('criteria-radar-chart').querySelector('svg')).not.toBeNull();
    expect(rowsOf('Scores by criterion')).toEqual([
      ['Criterion', 'Share', 'Us', 'Acme', 'Bolt'],
      ['Price', '50%', '5', '8', '4'],
      ['Service', '33%', '7', '6', '8'],
      ['Delivery', '17%', '9', '—', '6'],
    ]);
    expect(rowsOf('Where we trail, costliest first')).toEqual([
      ['Criterion', 'Competitor', 'Theirs vs ours', 'Gap', 'Weighted gap'],
      ['Price (50%)', 'Acme', '8 vs 5', '−3', '−1.5'],
      ['Service (33%)', 'Bolt', '8 vs 7', '−1', '−0.33'],
    ]);
  });

  it('refuses a score outside 1–10 at its cell and sends nothing', async () => {
    const { calls } = renderWithProviders(<CompetitionTab opportunity={opportunity()} />, server());
    const cell = await screen.findByRole('textbox', { name: 'Score of Us for Service' });
    fireEvent.change(cell, { target: { value: '11' } });
    fireEvent.blur(cell);
    await waitFor(() => expect(cell.getAttribute('aria-invalid')).toBe('true'));
    expect(cell.closest('td')?.textContent).toContain('Must be at most 10.');
    expect((cell as HTMLInputElement).value).toBe('11');
    expect(calls.some((c) => c.channel === 'criteria.upsert')).toBe(false);
  });

  it("shows the server's refusal of a weight at its cell", async () => {
    const { calls } = renderWithProviders(
      <CompetitionTab opportunity={opportunity()} />,
      server({ 'criteria.upsert': () => refused(makeIssue(['weight'], 'weights_all_zero')) }),
    );
    const cell = await screen.findByRole('textbox', { name: 'Weight of Price' });
    fireEvent.change(cell, { target: { value: '0' } });
    fireEvent.keyDown(cell, { key: 'Enter' });
    await waitFor(() =>
      expect(cell.closest('td')?.textContent).toContain(
        'At least one criterion needs a weight above zero.',
      ),
    );
    expect(calls.find((c) => c.channel === 'criteria.upsert')?.input).toEqual({
      opportunityId: 'opp_temp',
      id: 'crit_price',
      version: 1,
      weight: 0,
    });
  });

  it('saves a score with the criterion version and keeps its note', async () => {
    const saved = { ...comparison.criteria[1], version: 2 };
    const { calls } = renderWithProviders(
      <CompetitionTab opportunity={opportunity()} />,
      server({ 'criteria.upsert': () => ok(saved) }),
    );
    const cell = await screen.findByRole('textbox', { name: 'Score of Bolt for Service' });
    fireEvent.change(cell, { target: { value: '9' } });
    fireEvent.keyDown(cell, { key: 'Enter' });
    await waitFor(() => expect(calls.some((c) => c.channel === 'criteria.upsert')).toBe(true));
    expect(calls.find((c) => c.channel === 'criteria.upsert')?.input).toEqual({
      opportunityId: 'opp_temp',
      id: 'crit_service',
      version: 1,
      scores: [{ vendor: 'cmp_bolt', score: 9, note: '' }],
    });
    // Enter moves down the column, as in a spreadsheet.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('textbox', { name: 'Score of Bolt for Delivery' }),
      ),
    );
    // ↑ goes back up without saving anything new.
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowUp' });
    await waitFor(() => expect(document.activeElement).toBe(cell));
    expect(calls.filter((c) => c.channel === 'criteria.upsert')).toHaveLength(1);
  });

  it('offers the standard criteria when there are none, named in the UI language', async () => {
    await i18n.changeLanguage('zh-CN');
    const empty: Comparison = { criteria: [], vendors: comparison.vendors, gaps: [] };
    const { calls } = renderWithProviders(
      <CompetitionTab opportunity={opportunity()} />,
      server({ 'criteria.comparison': () => ok(empty), 'criteria.addDefaults': () => ok([]) }),
    );
    fireEvent.click(await screen.findByRole('button', { name: '添加标准采购标准' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'criteria.addDefaults')?.input).toEqual({
        opportunityId: 'opp_temp',
        locale: 'zh-CN',
      }),
    );
  });

  it('prefills the SWOT when none is saved, and saves it', async () => {
    const { calls } = renderWithProviders(
      <CompetitionTab opportunity={opportunity()} />,
      server({
        'swot.save': (input) => ok({ ...(input as object), ...stamp }),
      }),
    );
    const strengths = (await screen.findByRole('textbox', {
      name: 'Strengths',
    })) as HTMLTextAreaElement;
    expect(screen.getByTestId('swot-suggested')).toBeTruthy();
    expect(strengths.value.split('\n')).toEqual(['We lead on Delivery (9 vs 6 best competitor)']);
    const value = (name: string) =>
      (screen.getByRole('textbox', { name }) as HTMLTextAreaElement).value.split('\n');
    expect(value('Weaknesses')).toEqual([
      'We trail Acme on Price (5 vs 8)',
      'We trail Bolt on Service (7 vs 8)',
    ]);
    expect(value('Opportunities')).toEqual([
      'Wang Jianguo coaches us',
      'Zhao Lei supports us',
      'The customer is unhappy with the incumbent Acme',
      'Acme: Slow service response',
    ]);
    expect(value('Threats')).toEqual([
      'Acme: High threat',
      'Acme is ahead of us',
      'Acme’s rep is close to Li Na',
      'Li Na opposes us',
    ]);

    fireEvent.change(strengths, { target: { value: 'Local service team' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save SWOT' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'swot.save')).toBe(true));
    expect(calls.find((c) => c.channel === 'swot.save')?.input).toMatchObject({
      opportunityId: 'opp_temp',
      strengths: 'Local service team',
    });
    expect(calls.find((c) => c.channel === 'swot.save')?.input).not.toHaveProperty('version');
  });

  it('shows a saved SWOT as saved, not the suggestion', async () => {
    renderWithProviders(
      <CompetitionTab opportunity={opportunity()} />,
      server({
        'swot.get': () =>
          ok({
            opportunityId: 'opp_temp',
            strengths: 'Our own words',
            weaknesses: '',
            opportunities: '',
            threats: '',
            ...stamp,
          }),
      }),
    );
    const strengths = (await screen.findByRole('textbox', {
      name: 'Strengths',
    })) as HTMLTextAreaElement;
    expect(strengths.value).toBe('Our own words');
    expect(screen.queryByTestId('swot-suggested')).toBeNull();
  });

  it('prefills the SWOT in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(<CompetitionTab opportunity={opportunity()} />, server());
    const threats = (await screen.findByRole('textbox', { name: '威胁' })) as HTMLTextAreaElement;
    expect(threats.value.split('\n')).toContain('竞争对手Acme：威胁高');
    expect(threats.value.split('\n')).toContain('Li Na反对我方');
  });

  it('offers a reload when a criterion or the SWOT was changed by someone else', async () => {
    let comparisons = 0;
    renderWithProviders(
      <CompetitionTab opportunity={opportunity()} />,
      server({
        'criteria.comparison': () => {
          comparisons += 1;
          return ok(comparison);
        },
        'criteria.upsert': () => conflict(),
        'swot.save': () => conflict(),
      }),
    );
    const cell = await screen.findByRole('textbox', { name: 'Weight of Service' });
    fireEvent.change(cell, { target: { value: '4' } });
    fireEvent.blur(cell);
    const alert = await screen.findByText('Someone else changed this criterion');
    const before = comparisons;
    fireEvent.click(
      within(alert.closest('[role=alert]') as HTMLElement).getByRole('button', { name: 'Reload' }),
    );
    await waitFor(() => expect(comparisons).toBeGreaterThan(before));
    await waitFor(() =>
      expect(screen.queryByText('Someone else changed this criterion')).toBeNull(),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Save SWOT' }));
    expect(await screen.findByText('Someone else changed this record')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload the record' })).toBeTruthy();
  });

  it('shows no win/loss section while the deal is open', async () => {
    renderWithProviders(<CompetitionTab opportunity={opportunity()} />, server());
    await screen.findByRole('table', { name: 'Buying criteria' });
    expect(screen.queryByRole('region', { name: 'Win / loss' })).toBeNull();
  });

  it('shows the win/loss section once the deal is closed', async () => {
    renderWithProviders(
      <CompetitionTab opportunity={opportunity({ status: 'lost', statusReason: 'Price' })} />,
      server(),
    );
    const section = await screen.findByRole('region', { name: 'Win / loss' });
    expect(
      (within(section).getByRole('radio', { name: 'A competitor' }) as HTMLInputElement).checked,
    ).toBe(true);
  });
});
