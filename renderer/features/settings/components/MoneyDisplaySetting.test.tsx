import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeIssue } from '../../../../shared/issues.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { MoneyDisplaySetting } from './MoneyDisplaySetting.tsx';

const settings = { locale: 'zh-CN', reviewCadenceDays: 30, moneyInWan: true };

describe('MoneyDisplaySetting', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('shows the reason the server gives for refusing the switch, in the user’s language', async () => {
    const { calls } = renderWithProviders(<MoneyDisplaySetting />, {
      'settings.get': () => ({ ok: true, data: settings }),
      'settings.update': () => ({
        ok: false,
        error: {
          code: 'invalid_input',
          message: 'refused',
          issues: [makeIssue(['moneyInWan'], 'invalid_type')],
        },
      }),
    });
    const toggle = await screen.findByRole('switch', { name: '金额列以万元显示' });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    fireEvent.click(toggle);
    // The issue's message, not the generic "some values are not valid".
    expect(await screen.findByText('取值类型不正确。')).toBeTruthy();
    expect(screen.queryByText(i18n.t('errors.codes.invalid_input'))).toBeNull();
    expect(calls.find((c) => c.channel === 'settings.update')?.input).toEqual({
      moneyInWan: false,
    });
  });
});
