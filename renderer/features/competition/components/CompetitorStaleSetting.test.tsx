import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { CompetitorStaleSetting } from './CompetitorStaleSetting.tsx';

const settings = { locale: 'en', reviewCadenceDays: 30, competitorStaleDays: 90 };
const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('CompetitorStaleSetting', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('saves the number of days, and refuses zero at the field without saving', async () => {
    const { calls } = renderWithProviders(<CompetitorStaleSetting />, {
      'settings.get': () => ({ ok: true, data: settings }),
      'settings.update': (input) => ({
        ok: true,
        data: { ...settings, ...(input as object) },
      }),
    });
    const input = await screen.findByRole('textbox', {
      name: 'Competitor entries become stale after (days)',
    });
    await waitFor(() => expect((input as HTMLInputElement).value).toBe('90'));
    fireEvent.change(input, { target: { value: '0' } });
    // Leaving the field keeps what was typed (no silent clamping to 1).
    fireEvent.blur(input);
    expect((input as HTMLInputElement).value).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(errorOf(input)).toContain('Must be at least 1.'));
    expect(calls.some((c) => c.channel === 'settings.update')).toBe(false);

    fireEvent.change(input, { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'settings.update')?.input).toEqual({
        competitorStaleDays: 60,
      }),
    );
  });
});
