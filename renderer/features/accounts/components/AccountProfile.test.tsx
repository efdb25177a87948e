import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyAccountDraft, type Account } from '../../../../shared/schemas.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { AccountProfile } from './AccountProfile.tsx';

const account = (website: string): Account => ({
  ...emptyAccountDraft,
  id: 'acc_temp',
  name: 'Temp Company',
  website,
  archived: false,
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
});

describe('the account’s website link', () => {
  afterEach(cleanup);

  // A new tab in the browser shell; in the desktop app, main.ts sends it to the system browser.
  it('opens in a new window without giving the site a handle on the app', () => {
    renderWithProviders(<AccountProfile account={account('www.temp.com.cn')} />, {});
    const link = screen.getByRole('link', { name: 'www.temp.com.cn' });
    expect(link.getAttribute('href')).toBe('https://www.temp.com.cn');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')?.split(' ')).toEqual(
      expect.arrayContaining(['noopener', 'noreferrer']),
    );
  });

  it('keeps a typed scheme, whatever its case', () => {
    renderWithProviders(<AccountProfile account={account('HTTP://temp.example/about')} />, {});
    expect(screen.getByRole('link').getAttribute('href')).toBe('HTTP://temp.example/about');
  });
});
