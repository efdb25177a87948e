import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BuyingRole, CommitteeChange } from '../../../../shared/committee.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { CommitteeChanges } from './CommitteeChanges.tsx';

const at = '2026-11-20T08:30:00Z';
const changes: CommitteeChange[] = [
  {
    at,
    personId: 'p_wang',
    personName: 'Wang',
    kind: 'added',
    field: null,
    before: null,
    after: null,
  },
  {
    at,
    personId: 'p_wang',
    personName: 'Wang',
    kind: 'changed',
    field: 'attitude',
    before: 'neutral',
    after: 'opponent',
  },
  {
    at,
    personId: 'p_li',
    personName: 'Li',
    kind: 'changed',
    field: 'roles',
    before: [],
    after: ['decider', 'coach'],
  },
  {
    at,
    personId: 'p_li',
    personName: 'Li',
    kind: 'changed',
    field: 'influence',
    before: null,
    after: 'high',
  },
  {
    at,
    personId: 'p_li',
    personName: 'Li',
    kind: 'changed',
    field: 'attitudeScore',
    before: -1,
    after: 2,
  },
];
const role = (code: string, labelEn: string, labelZh: string): BuyingRole => ({
  code,
  labelEn,
  labelZh,
  position: 0,
  hidden: false,
  builtIn: true,
});
const server = {
  'committee.changesSince': () => ({ ok: true as const, data: changes }),
  'buyingRoles.list': () => ({
    ok: true as const,
    data: [role('decider', 'Decider', '决策者'), role('coach', 'Coach', '教练/内线')],
  }),
};

/** The "what" and "change" columns of each row. */
const rows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = row.querySelectorAll('td');
      return [cells[1]?.textContent, cells[2]?.textContent, cells[3]?.textContent];
    });

describe('CommitteeChanges', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('asks for the changes of the last 30 days and lists them with translated values', async () => {
    const onSelectPerson = vi.fn();
    const { calls } = renderWithProviders(
      <CommitteeChanges opportunityId="opp_1" onSelectPerson={onSelectPerson} />,
      server,
    );
    const since = dayjs().subtract(30, 'day').format('YYYY-MM-DD');
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(calls).toContainEqual({
      channel: 'committee.changesSince',
      input: { opportunityId: 'opp_1', since },
    });
    await waitFor(() => expect(rows()[2]?.[2]).toBe('none → Decider, Coach'));
    expect(rows()).toEqual([
      ['Wang', 'Added to the committee', ''],
      ['Wang', 'Attitude', 'Neutral → Opponent'],
      ['Li', 'Roles', 'none → Decider, Coach'],
      ['Li', 'Influence', 'Unknown → High'],
      ['Li', 'Attitude score', '-1 → +2'],
    ]);
    fireEvent.click(screen.getAllByRole('button', { name: 'Li' })[0] as HTMLElement);
    expect(onSelectPerson).toHaveBeenCalledWith('p_li');
  });

  it('reads in Chinese, and says when nothing changed', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(
      <CommitteeChanges opportunityId="opp_1" onSelectPerson={() => {}} />,
      server,
    );
    await waitFor(() => expect(rows()[2]?.[2]).toBe('无 → 决策者、教练/内线'));
    expect(rows()[1]).toEqual(['Wang', '态度', '中立者 → 反对者']);
    cleanup();

    renderWithProviders(<CommitteeChanges opportunityId="opp_1" onSelectPerson={() => {}} />, {
      'committee.changesSince': () => ({ ok: true, data: [] }),
    });
    expect(await screen.findByText('自该日期以来采购中心没有变化。')).toBeTruthy();
  });
});
