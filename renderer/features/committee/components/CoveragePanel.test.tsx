import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Coverage } from '../../../../shared/committee.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { CoveragePanel } from './CoveragePanel.tsx';

const saved: Coverage = {
  score: 65,
  flags: [
    {
      code: 'decider_not_contacted',
      personId: 'p_wang',
      message: 'Wang decides or approves but was never contacted',
      params: { name: 'Wang' },
      points: 20,
    },
    { code: 'no_contact_above_handler', message: 'x', points: 15 },
  ],
};
const whatIf: Coverage = {
  score: 80,
  flags: [
    { code: 'no_contact_above_handler', message: 'x', points: 15 },
    {
      code: 'stale_contact',
      personId: 'p_wang',
      message: 'y',
      params: { name: 'Wang', days: 45 },
      points: 5,
    },
  ],
};

const server = {
  'committee.coverage': (input: unknown) => {
    const changes = (input as { whatIf?: unknown[] }).whatIf;
    return { ok: true as const, data: changes ? whatIf : saved };
  },
};

describe('CoveragePanel', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('shows the score and each red flag with a link to its person', async () => {
    const onSelectPerson = vi.fn();
    const { calls } = renderWithProviders(
      <CoveragePanel opportunityId="opp_1" onSelectPerson={onSelectPerson} />,
      server,
    );
    expect(await screen.findByText('65 of 100')).toBeTruthy();
    const flags = screen.getByRole('list', { name: 'Red flags' });
    const items = within(flags).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Wang decides or approves but has never been contacted.Open Wang−2020 points off',
      'No close contact above the operational level.−1515 points off',
    ]);
    fireEvent.click(within(flags).getByRole('button', { name: 'Open Wang' }));
    expect(onSelectPerson).toHaveBeenCalledWith('p_wang');
    expect(calls).toEqual([{ channel: 'committee.coverage', input: { opportunityId: 'opp_1' } }]);
  });

  it('compares the saved score with the what-if one, listing flags that appear and clear', async () => {
    await i18n.changeLanguage('zh-CN');
    const change = [{ personId: 'p_wang', contact: 'close' as const }];
    const { calls } = renderWithProviders(
      <CoveragePanel opportunityId="opp_1" whatIf={change} onSelectPerson={() => {}} />,
      server,
    );
    expect(await screen.findByText('得分 65 → 80')).toBeTruthy();
    expect(screen.getByText('未保存')).toBeTruthy();
    const shown = screen.getByRole('list', { name: '风险信号' });
    expect(
      within(shown)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '操作层以上没有密切联系的人。−15扣 15 分',
      'Wang是关键人物，上次联系已是 45 天前。将出现查看Wang−5扣 5 分',
    ]);
    const cleared = screen.getByRole('list', { name: '将消除' });
    expect(within(cleared).getByText('Wang是决策者或批准者，但我们从未联系过。')).toBeTruthy();
    await waitFor(() =>
      expect(calls.map((c) => c.input)).toContainEqual({ opportunityId: 'opp_1', whatIf: change }),
    );
  });

  it('says so when nothing is flagged, and reports a failed load', async () => {
    renderWithProviders(<CoveragePanel opportunityId="opp_1" onSelectPerson={() => {}} />, {
      'committee.coverage': () => ({ ok: true, data: { score: 100, flags: [] } }),
    });
    expect(await screen.findByText('No red flags: every rule is covered.')).toBeTruthy();
    cleanup();

    renderWithProviders(<CoveragePanel opportunityId="opp_1" onSelectPerson={() => {}} />, {});
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
