import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuadrantView } from '../../shared/evaluation.ts';
import { i18n } from '../i18n/i18n.ts';
import { renderWithProviders } from '../test/renderWithProviders.tsx';
import { ok } from '../features/scoring/test/fixtures.ts';
import { EvaluationPage } from './EvaluationPage.tsx';

const view: QuadrantView = {
  split: 5.5,
  deals: [
    {
      opportunityId: 'opp_line',
      name: 'Plant 2 line',
      accountId: 'acc_temp',
      accountName: 'Temp',
      amount: 12_600_000,
      currency: 'CNY',
      score: 8.3,
      attractiveness: 9,
      feasibility: 7,
      quadrant: 'pursue',
    },
    {
      opportunityId: 'opp_cell',
      name: 'Five-axis cell',
      accountId: 'acc_nordale',
      accountName: 'Nordale',
      amount: 1_380_000,
      currency: 'CNY',
      score: null,
      attractiveness: null,
      feasibility: null,
      quadrant: null,
    },
  ],
};

describe('EvaluationPage', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('draws the positioned deals and lists every open deal, linking to its evaluation', async () => {
    renderWithProviders(<EvaluationPage />, { 'evaluation.quadrant': () => ok(view) });
    const table = await screen.findByRole('table', {
      name: 'Open deals by attractiveness and feasibility',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Pursue'),
      expect.stringContaining('Not positioned'),
    ]);
    expect(within(rows[0]!).getByRole('link', { name: 'Plant 2 line' }).getAttribute('href')).toBe(
      '#/opportunities/opp_line/evaluation',
    );
    expect(screen.getByText('1 open deal is not positioned yet.')).toBeTruthy();
    // The SVG chart is drawn with one bubble per positioned deal, labelled by name.
    const chart = screen.getByTestId('quadrant-chart');
    expect(chart.querySelector('svg')).not.toBeNull();
    expect(chart.textContent).toContain('Plant 2 line');
    expect(chart.textContent).not.toContain('Five-axis cell');
  });
});
