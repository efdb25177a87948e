import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { memberDefaults, type CommitteeMember } from '../../../../shared/committee.ts';
import { emptyPersonDraft, type Person } from '../../../../shared/schemas.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { InfluenceAttitudeGrid, placeMembers } from './InfluenceAttitudeGrid.tsx';

const stamp = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
const person = (id: string, name: string): Person => ({
  ...emptyPersonDraft,
  ...stamp,
  id,
  name,
  accountId: 'acc',
  archived: false,
});
const member = (personId: string, over: Partial<CommitteeMember>): CommitteeMember => ({
  ...memberDefaults,
  roles: [],
  ...stamp,
  id: `m_${personId}`,
  opportunityId: 'opp',
  personId,
  ...over,
});

const people = [
  person('p_wang', 'Wang'),
  person('p_li', 'Li'),
  person('p_zhao', 'Zhao'),
  person('p_chen', 'Chen'),
  person('p_sun', 'Sun'),
];
const members = [
  member('p_wang', { attitude: 'opponent', influence: 'high', contact: 'distant' }),
  member('p_li', { attitude: 'supporter', influence: 'low', contact: 'none' }),
  member('p_zhao', { attitude: 'supporter', influence: 'low', contact: 'close' }),
  member('p_chen', { attitude: 'neutral', influence: null, contact: 'frequent' }),
  member('p_sun', { attitude: 'supporter', influence: 'low', contact: 'distant' }),
];

/** The accessible table as rows of cell texts. */
function tableRows(label: string) {
  const table = screen.getByRole('table', { name: label });
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
}

describe('InfluenceAttitudeGrid', () => {
  beforeAll(() => {
    // jsdom has no canvas; without one ECharts estimates text widths, which is enough here.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('lists each person in their influence × attitude cell, unknown influence apart', () => {
    renderWithProviders(
      <InfluenceAttitudeGrid members={members} people={people} onSelectPerson={() => {}} />,
      {},
    );
    expect(tableRows('Influence × attitude')).toEqual([
      ['', 'Opponent', 'Neutral', 'Supporter'],
      ['High influence', 'Wang', '', ''],
      ['Medium influence', '', '', ''],
      ['Low influence', '', '', 'Li, Zhao, Sun'],
      ['Influence unknown', '', 'Chen', ''],
    ]);
    expect(
      screen.getByText('Influential opponents: 1 · Supporters not yet covered: 2'),
    ).toBeTruthy();
    expect(screen.getByText('Supporter not yet covered')).toBeTruthy();
  });

  it('counts an opponent of medium influence as influential, as the coverage rule does', () => {
    const withMedium = [
      ...members,
      member('p_gate', { attitude: 'opponent', influence: 'medium', contact: 'none' }),
    ];
    renderWithProviders(
      <InfluenceAttitudeGrid
        members={withMedium}
        people={[...people, person('p_gate', 'Gate')]}
        onSelectPerson={() => {}}
      />,
      {},
    );
    expect(
      screen.getByText('Influential opponents: 2 · Supporters not yet covered: 2'),
    ).toBeTruthy();
  });

  it('renders the chart as SVG and reads in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(
      <InfluenceAttitudeGrid members={members} people={people} onSelectPerson={() => {}} />,
      {},
    );
    expect(tableRows('影响力 × 态度')[4]).toEqual(['影响力未知', '', 'Chen', '']);
    const svg = screen.getByTestId('influence-attitude-chart').querySelector('svg');
    // One labelled point per person, over translated axes and legend.
    expect(svg?.textContent).toContain('Wang');
    expect(svg?.textContent).toContain('有影响力的反对者');
    expect(svg?.textContent).toContain('未联系');
  });
});

describe('placeMembers', () => {
  it('spreads people sharing a cell to distinct points inside it', () => {
    const placed = placeMembers(members, people);
    const low = placed.filter((m) => m.influence === 'low');
    expect(new Set(low.map((m) => `${m.x},${m.y}`)).size).toBe(3);
    for (const m of low) {
      // Supporter column is [2, 3); the low row is [1, 2).
      expect(m.x).toBeGreaterThan(2);
      expect(m.x).toBeLessThan(3);
      expect(m.y).toBeGreaterThan(1);
      expect(m.y).toBeLessThan(2);
    }
    const wang = placed.find((m) => m.personId === 'p_wang');
    expect(wang).toMatchObject({ name: 'Wang', x: 0.5, y: 3.5, uncovered: false });
    expect(placed.filter((m) => m.uncovered).map((m) => m.name)).toEqual(['Li', 'Sun']);
  });
});
