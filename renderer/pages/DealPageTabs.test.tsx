import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { renderWithProviders } from '../test/renderWithProviders.tsx';
import { DealPage } from './DealPage.tsx';
import { comparison, ok, opportunity, settings } from '../features/competition/test/fixtures.ts';

describe('DealPage tabs', () => {
  beforeAll(() => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(async () => {
    cleanup();
    window.location.hash = '';
    await i18n.changeLanguage('en');
  });

  it('has Competition and Negotiation tabs; Competition shows the deal’s competition', async () => {
    renderWithProviders(<DealPage id="opp_temp" tab="competition" />, {
      'settings.get': () => ok(settings),
      'opportunities.get': () => ok(opportunity()),
      'accounts.get': () => ok({ id: 'acc_temp', name: 'Temp' }),
      'dealCompetitors.list': () => ok([]),
      'criteria.comparison': () => ok(comparison),
      'competitors.list': () => ok([]),
      'committee.get': () => ok({ members: [] }),
      'people.list': () => ok([]),
      'swot.get': () => ok(null),
    });
    const tab = await screen.findByRole('tab', { name: 'Competition' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: 'Negotiation' })).toBeTruthy();
    expect(await screen.findByRole('region', { name: 'Competitors in this deal' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Negotiation' }));
    await waitFor(() => expect(window.location.hash).toBe('#/opportunities/opp_temp/negotiation'));
  });
});
