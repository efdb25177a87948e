import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { dealCompetitor, makeIssue, ok, refused, stamp } from '../test/fixtures.ts';
import { OutcomeSection } from './OutcomeSection.tsx';

const competitors = [
  dealCompetitor({ competitorId: 'cmp_acme', competitorName: 'Acme' }),
  dealCompetitor({ competitorId: 'cmp_bolt', competitorName: 'Bolt' }),
];
const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('OutcomeSection', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('shows refusals at their fields and records nothing', async () => {
    const { calls } = renderWithProviders(
      <OutcomeSection
        opportunityId="opp_temp"
        status="lost"
        saved={null}
        dealCompetitors={competitors}
      />,
      {
        'outcomes.record': () =>
          refused(
            makeIssue(['winner'], 'winner_mismatch'),
            makeIssue(['winnerCompetitorId'], 'competitor_not_in_deal'),
          ),
      },
    );
    // A lost deal suggests a competitor won.
    const competitor = screen.getByRole('radio', { name: 'A competitor' }) as HTMLInputElement;
    expect(competitor.checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Record the outcome' }));

    await waitFor(() =>
      expect(errorOf(screen.getByRole('radiogroup', { name: 'Winner' }))).toContain(
        'The winner does not match the deal status (won means we won).',
      ),
    );
    const which = screen.getByRole('combobox', { name: 'Which competitor' });
    expect(errorOf(which)).toContain('That competitor is not in this deal.');
    expect(screen.getByRole('alert').textContent).toContain('Nothing was saved');
    expect(calls.filter((c) => c.channel === 'outcomes.record')).toHaveLength(1);
  });

  it('records the winner, the reasons and the note', async () => {
    const { calls } = renderWithProviders(
      <OutcomeSection
        opportunityId="opp_temp"
        status="lost"
        saved={null}
        dealCompetitors={competitors}
      />,
      {
        'outcomes.record': (input) => ok({ ...(input as object), ...stamp }),
      },
    );
    fireEvent.click(screen.getByRole('combobox', { name: 'Which competitor' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Bolt' }));
    const reasons = screen.getByRole('group', { name: 'Reasons' });
    fireEvent.click(within(reasons).getByRole('checkbox', { name: 'Price' }));
    fireEvent.click(within(reasons).getByRole('checkbox', { name: 'Relationships' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Note' }), {
      target: { value: 'They cut 12 %' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Record the outcome' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'outcomes.record')).toBe(true));
    expect(calls.find((c) => c.channel === 'outcomes.record')?.input).toEqual({
      opportunityId: 'opp_temp',
      winner: 'competitor',
      winnerCompetitorId: 'cmp_bolt',
      reasons: ['price', 'relationship'],
      note: 'They cut 12 %',
    });
  });

  it('speaks Chinese and sends the version of a recorded outcome', async () => {
    await i18n.changeLanguage('zh-CN');
    const { calls } = renderWithProviders(
      <OutcomeSection
        opportunityId="opp_temp"
        status="won"
        saved={{
          opportunityId: 'opp_temp',
          winner: 'us',
          winnerCompetitorId: null,
          reasons: ['service'],
          note: '',
          ...stamp,
          version: 5,
        }}
        dealCompetitors={competitors}
      />,
      { 'outcomes.record': () => ({ ok: false, error: { code: 'conflict', message: 'x' } }) },
    );
    expect((screen.getByRole('radio', { name: '我方（赢单）' }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: '记录结果' }));
    await screen.findByText('此记录已被他人修改');
    expect(calls.find((c) => c.channel === 'outcomes.record')?.input).toMatchObject({
      version: 5,
      winner: 'us',
      reasons: ['service'],
    });
  });
});
