import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { DaysSetting } from './DaysSetting.tsx';

const settings = { locale: 'en', reviewCadenceDays: 30, competitorStaleDays: 90 };
const text = { title: 'Cadence', hint: 'Hint', label: 'Days', save: 'Save', saved: 'Saved' };

describe('DaysSetting', () => {
  afterEach(cleanup);

  it('starts from the stored value, refuses an emptied input and saves only its own field', async () => {
    const { calls } = renderWithProviders(
      <DaysSetting field="reviewCadenceDays" fallback={30} text={text} />,
      {
        'settings.get': () => ({ ok: true, data: { ...settings, reviewCadenceDays: 45 } }),
        'settings.update': (input) => ({ ok: true, data: { ...settings, ...(input as object) } }),
      },
    );
    const input = await screen.findByDisplayValue('45');
    expect(screen.getByRole('textbox', { name: 'Days' })).toBe(input);
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(calls.some((c) => c.channel === 'settings.update')).toBe(false);

    fireEvent.change(input, { target: { value: '14' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'settings.update')?.input).toEqual({
        reviewCadenceDays: 14,
      }),
    );
  });
});
