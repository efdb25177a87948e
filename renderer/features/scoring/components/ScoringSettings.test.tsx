import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_SETTINGS } from '../../../../shared/evaluation.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { makeIssue, ok, refused } from '../test/fixtures.ts';
import { EvaluationWeightsSetting, RfmSetting } from './ScoringSettings.tsx';

describe('scoring settings', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('saves every evaluation weight; the sum follows what is typed', async () => {
    const { calls } = renderWithProviders(<EvaluationWeightsSetting />, {
      'scoringSettings.get': () => ok(DEFAULT_SCORING_SETTINGS),
      'scoringSettings.save': (input) => ok({ ...DEFAULT_SCORING_SETTINGS, ...(input as object) }),
    });
    const credit = await screen.findByRole('textbox', { name: 'Credit' });
    expect(screen.getByText('Sum of weights: 100')).toBeTruthy();
    fireEvent.change(credit, { target: { value: '60' } });
    expect(screen.getByText('Sum of weights: 140')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save weights' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'scoringSettings.save')?.input).toEqual({
        evaluationWeights: { ...DEFAULT_SCORING_SETTINGS.evaluationWeights, credit: 60 },
      }),
    );
  });

  it('shows a refusal of the RFM settings: all-zero weights as a message, tiers at their field', async () => {
    renderWithProviders(<RfmSetting />, {
      'scoringSettings.get': () => ok(DEFAULT_SCORING_SETTINGS),
      'scoringSettings.save': () =>
        refused(
          makeIssue(['rfmWeights'], 'weights_zero'),
          makeIssue(['rfmTiers', 'vip1'], 'tiers_order'),
        ),
    });
    const form = await screen.findByRole('form', { name: 'RFM weights and tiers' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save RFM settings' }));
    expect(await within(form).findByText('At least one weight must be above zero.')).toBeTruthy();
    expect(
      within(form).getByText('Each tier needs more points than the tier below it.'),
    ).toBeTruthy();
    expect(within(form).getByRole('textbox', { name: 'VIP 1 from (points)' })).toBeTruthy();
  });
});
