import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { settings } from '../../competition/test/fixtures.ts';
import { ForecastSettings } from './ForecastSettings.tsx';

describe('ForecastSettings', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('refuses best case above commit at the field without saving, then saves the days and thresholds', async () => {
    const { calls } = renderWithProviders(<ForecastSettings />, {
      'settings.get': () => ({ ok: true, data: settings }),
      'settings.update': (input) => ({ ok: true, data: { ...settings, ...(input as object) } }),
    });
    const bestCase = await screen.findByRole('textbox', {
      name: 'Best case from probability (%)',
    });
    await waitFor(() => expect((bestCase as HTMLInputElement).value).toBe('50'));
    fireEvent.change(bestCase, { target: { value: '95' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Must be at most 90.')).toBeTruthy());
    expect(calls.some((c) => c.channel === 'settings.update')).toBe(false);

    fireEvent.change(bestCase, { target: { value: '60' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Not updated for (days)' }), {
      target: { value: '9' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'settings.update')?.input).toEqual({
        reviewNotUpdatedDays: 9,
        reviewStalledDays: 15,
        reviewNoIntentDays: 30,
        forecastCommitMin: 90,
        forecastBestCaseMin: 60,
      }),
    );
  });
});
