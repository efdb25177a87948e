import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { evaluation, makeIssue, ok, refused } from '../test/fixtures.ts';
import { EvaluationTab } from './EvaluationTab.tsx';

const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('EvaluationTab', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('shows the refusal of an out-of-range score at its field, then saves and shows the total', async () => {
    let saved = false;
    const { calls } = renderWithProviders(<EvaluationTab opportunityId="opp_1" />, {
      'evaluation.get': () => ok(evaluation()),
      'evaluation.quadrant': () => ok({ split: 5.5, deals: [] }),
      'evaluation.save': (input) => {
        const scores = (input as { scores: Record<string, number | null> }).scores;
        if (scores.credit === 11) {
          return refused(makeIssue(['scores', 'credit'], 'score_range'));
        }
        saved = true;
        return ok(
          evaluation(
            { credit: 8, project_size: 6 },
            { version: 1, attractiveness: 7, feasibility: 4, quadrant: 'develop' },
          ),
        );
      },
    });
    expect(await screen.findByText('Not scored yet')).toBeTruthy();
    const credit = screen.getByRole('textbox', { name: 'Credit' });
    fireEvent.change(credit, { target: { value: '11' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save evaluation' }));
    await waitFor(() =>
      expect(errorOf(credit)).toContain('A score must be a whole number from 1 to 10.'),
    );
    expect(saved).toBe(false);

    fireEvent.change(screen.getByRole('textbox', { name: 'Credit' }), { target: { value: '8' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Project size' }), {
      target: { value: '6' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /^Attractiveness/ }), {
      target: { value: '7' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /^Feasibility/ }), {
      target: { value: '4' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save evaluation' }));
    expect(await screen.findByText('7 / 10')).toBeTruthy();
    const last = calls.filter((c) => c.channel === 'evaluation.save').at(-1)?.input;
    expect(last).toMatchObject({
      opportunityId: 'opp_1',
      version: 0,
      scores: { credit: 8, project_size: 6, account_size: null },
      attractiveness: 7,
      feasibility: 4,
    });
    expect(screen.getByText('Develop')).toBeTruthy();
    expect(
      screen.getByText(/^Not scored: Account size and industry standing, Profitability/),
    ).toBeTruthy();
    // Two saves through a form of nine inputs: slow on a busy machine, not stuck.
  }, 30_000);

  it('speaks Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(<EvaluationTab opportunityId="opp_1" />, {
      'evaluation.get': () =>
        ok(
          evaluation(
            {
              account_size: 8,
              profitability: 6,
              investment: 5,
              credit: 9,
              project_size: 7,
              customer_value: 6,
              customer_importance: 10,
            },
            { version: 2, attractiveness: 8, feasibility: 8, quadrant: 'pursue' },
          ),
        ),
    });
    expect(await screen.findByText('7.7 / 10')).toBeTruthy();
    expect(screen.getByText('所有因素均已评分。')).toBeTruthy();
    expect(screen.getByText('重点争取')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: '信用' })).toBeTruthy();
  });
});
