import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Coverage } from '../../../../shared/committee.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { CoveragePanel } from './CoveragePanel.tsx';

// The competitor_closer red flag, as the backend words its params: person, competitor, rep.
const coverage: Coverage = {
  score: 80,
  flags: [
    {
      code: 'competitor_closer',
      personId: 'p_li',
      message: 'Mr Qian of Acme is closer to Li Na than we are',
      params: { person: 'Li Na', competitor: 'Acme', rep: 'Mr Qian' },
      points: 10,
    },
    {
      code: 'competitor_closer',
      personId: 'p_li',
      message: 'The rep of Bolt is closer to Li Na than we are',
      params: { person: 'Li Na', competitor: 'Bolt', rep: '' },
      points: 10,
    },
  ],
};

describe('coverage flag competitor_closer', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('is worded with the rep, or the competitor when the rep is unknown, and opens the person', async () => {
    const onSelectPerson = vi.fn();
    renderWithProviders(
      <CoveragePanel opportunityId="opp_temp" onSelectPerson={onSelectPerson} />,
      {
        'committee.coverage': () => ({ ok: true, data: coverage }),
      },
    );
    const list = await screen.findByRole('list', { name: 'Red flags' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('Mr Qian of Acme is closer to Li Na than we are.');
    expect(items[1]?.textContent).toContain('The rep of Bolt is closer to Li Na than we are.');
    fireEvent.click(within(items[0] as HTMLElement).getByRole('button', { name: 'Open Li Na' }));
    expect(onSelectPerson).toHaveBeenCalledWith('p_li');
    expect(screen.getByText(/A competitor’s rep is closer to a key person/)).toBeTruthy();
  });

  it('reads in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(<CoveragePanel opportunityId="opp_temp" onSelectPerson={() => {}} />, {
      'committee.coverage': () => ({ ok: true, data: coverage }),
    });
    const list = await screen.findByRole('list', { name: '风险信号' });
    expect(list.textContent).toContain('Acme的代表Mr Qian与Li Na的关系比我方更近。');
    expect(list.textContent).toContain('Bolt的销售代表与Li Na的关系比我方更近。');
  });
});
