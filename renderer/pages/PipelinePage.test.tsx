import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/errors.ts';
import { BUILT_IN_STAGE_SETS, type PipelineDeal } from '../../shared/pipeline.ts';
import type { PipelineList, PipelineListInput, PipelineRow } from '../../shared/pipelineList.ts';
import { emptyOpportunityDraft } from '../../shared/schemas.ts';
import { useRoute } from '../routes/useRoute.ts';
import { i18n } from '../i18n/i18n.ts';
import { fakeViewsAndTeam, teamMember } from '../test/fakeViews.ts';
import { renderWithProviders } from '../test/renderWithProviders.tsx';
import { PipelinePage } from './PipelinePage.tsx';

const ok = <T,>(data: T): Result<T> => ({ ok: true, data });

const row = (over: Partial<PipelineRow> & Pick<PipelineRow, 'id' | 'name'>): PipelineRow => ({
  accountId: 'acc_temp',
  accountName: 'Temp Precision',
  accountGrade: 'A',
  owner: 'Zheng Peng',
  stageSetId: 'sales8',
  stageKey: 'first_proposal',
  amount: 1_000_000,
  currency: 'CNY',
  probability: 30,
  weighted: 300_000,
  category: 'pipeline',
  closeDate: '2027-03-31',
  status: 'open',
  updatedAt: '2026-11-01T00:00:00.000Z',
  version: 3,
  ...over,
});

const ROWS = [
  row({ id: 'opp_plant1', name: 'Plant 1 upgrade' }),
  row({
    id: 'opp_line',
    name: 'E-drive line',
    owner: 'Chen Ming',
    accountGrade: 'B',
    stageKey: 'evaluation',
    amount: 4_000_000,
    weighted: 2_800_000,
    closeDate: '2027-08-15',
  }),
];

const NAMES: Record<string, string> = { tm_chen: 'Chen Ming', tm_zheng: 'Zheng Peng' };
const TEAM = Object.entries(NAMES).map(([id, name]) => teamMember(id, name));

/** The pipeline.list of main, in miniature: enough to tell which filters were sent. */
function listOf(all: PipelineRow[], input: PipelineListInput): PipelineList {
  const rows = all.filter(
    (r) =>
      (!input.team || r.owner === NAMES[input.team.memberId]) &&
      (!input.grade || r.accountGrade === input.grade) &&
      (!input.closeQuarter || (r.closeDate ?? '').startsWith(input.closeQuarter.slice(0, 4))),
  );
  return {
    rows,
    facets: {
      owners: ['Chen Ming', 'Zheng Peng'],
      accounts: [{ id: 'acc_temp', name: 'Temp Precision' }],
      quarters: ['2027-Q1', '2027-Q3'],
    },
  };
}

const pipelineDeal = (r: PipelineRow): PipelineDeal => ({
  ...emptyOpportunityDraft,
  id: r.id,
  accountId: r.accountId,
  name: r.name,
  salesStage: 'first_proposal',
  version: r.version,
  createdAt: r.updatedAt,
  updatedAt: r.updatedAt,
  stageSetId: r.stageSetId,
  stageKey: r.stageKey,
  probabilityOverride: null,
  evidence: [
    // One of the five first-proposal criteria is met: four are left for the dialog.
    {
      opportunityId: r.id,
      stageKey: 'first_proposal',
      criterionKey: 'handler_satisfied',
      met: true,
      note: '',
      date: null,
      updatedAt: r.updatedAt,
    },
  ],
  confirmations: [],
});

/** A fake main process whose deals take the stage they were moved to. */
function server(fakes = fakeViewsAndTeam(TEAM)) {
  let rows = [...ROWS];
  return {
    ...fakes.channels,
    'stageSets.list': () => ok(BUILT_IN_STAGE_SETS),
    'pipeline.list': (input: unknown) => ok(listOf(rows, input as PipelineListInput)),
    'stages.deal': () => ok(pipelineDeal(ROWS[0]!)),
    'stages.advance': (input: unknown) => {
      const { id, toStage } = input as { id: string; toStage: string };
      rows = rows.map((r) => (r.id === id ? { ...r, stageKey: toStage, version: 4 } : r));
      const moved = { ...pipelineDeal(ROWS[0]!), stageKey: toStage, version: 4 };
      return ok({ deal: moved, unmet: [], confirmation: null });
    },
  };
}

// The columns render only the cards their (virtual) scroller has room for; jsdom lays out nothing.
const sizes = { clientHeight: 800, clientWidth: 1200, offsetHeight: 112, offsetWidth: 260 };
beforeAll(() => {
  for (const [key, value] of Object.entries(sizes)) {
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  }
});
afterAll(() => {
  for (const key of Object.keys(sizes)) {
    delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
  }
});

/** The page as the shell mounts it: the tab comes from the URL. */
function RoutedPipeline() {
  const current = useRoute();
  return <PipelinePage tab={current.name === 'pipeline' ? current.tab : 'board'} />;
}

const board = () => screen.findByRole('region', { name: 'Pipeline board' });
const column = async (name: string) => within(await board()).getByRole('region', { name });
const advanceCalls = (calls: { channel: string; input: unknown }[]) =>
  calls.filter((c) => c.channel === 'stages.advance');

async function moveWithMenu(to: string) {
  fireEvent.click(
    await screen.findByRole('button', { name: 'Move Plant 1 upgrade to another stage' }),
  );
  fireEvent.click(await screen.findByRole('menuitem', { name: to }));
}

describe('PipelinePage', () => {
  afterEach(async () => {
    cleanup();
    window.location.hash = '';
    await i18n.changeLanguage('en');
  });

  it('puts each deal in its stage column with counts and amounts, and totals the filters', async () => {
    renderWithProviders(<PipelinePage tab="board" />, server());
    const proposal = await column('First proposal');
    expect(await within(proposal).findByRole('article', { name: 'Plant 1 upgrade' })).toBeTruthy();
    expect(within(proposal).getByTestId('column-count').textContent).toBe('1 deal');
    expect(within(proposal).getByTestId('column-amount').textContent).toBe('CN¥1,000,000');
    expect(
      within(await column('Project evaluation')).getByRole('article', { name: 'E-drive line' }),
    ).toBeTruthy();
    expect(screen.getByTestId('pipeline-count').textContent).toBe('2 deals');
    expect(screen.getByRole('status', { name: 'Totals of the deals shown' }).textContent).toContain(
      'CN¥3,100,000',
    );
  });

  it('sends the owner, quarter and grade filters and keeps them across tabs', async () => {
    window.location.hash = '#/pipeline/board';
    const { calls } = renderWithProviders(<RoutedPipeline />, server());
    await column('First proposal');
    fireEvent.click(screen.getByRole('combobox', { name: 'Owner' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Chen Ming' }));
    await waitFor(() => expect(screen.getByTestId('pipeline-count').textContent).toBe('1 deal'));
    fireEvent.click(screen.getByRole('combobox', { name: 'Account grade' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Grade B' }));
    fireEvent.click(screen.getByRole('combobox', { name: 'Close quarter' }));
    fireEvent.click(await screen.findByRole('option', { name: '2027-Q3' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'pipeline.list').at(-1)?.input).toEqual({
        team: { memberId: 'tm_chen', includeReports: false },
        grade: 'B',
        closeQuarter: '2027-Q3',
        stageSetId: 'sales8',
      }),
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Table' }));
    const table = await screen.findByRole('table', { name: 'Pipeline deals' });
    expect(within(table).getByText('E-drive line')).toBeTruthy();
    expect(within(table).queryByText('Plant 1 upgrade')).toBeNull();
    expect(screen.getByTestId('pipeline-count').textContent).toBe('1 deal');
    // In the address, so the filtered pipeline can be bookmarked.
    expect(window.location.hash).toBe(
      '#/pipeline/table?grade=B&owner=member%3Atm_chen&quarter=2027-Q3',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(screen.getByTestId('pipeline-count').textContent).toBe('2 deals'));
    expect(window.location.hash).toBe('#/pipeline/table');
  }, 20_000);

  it('reads the filters from the address first, and an old address with an owner name as that member', async () => {
    const fakes = fakeViewsAndTeam(TEAM);
    fakes.views.set('pipelineTable', {
      sorting: [],
      columnSizing: {},
      columnVisibility: {},
      filters: { grade: 'A' },
    });
    window.location.hash = '#/pipeline/board?owner=chen%20ming';
    const { calls } = renderWithProviders(<RoutedPipeline />, server(fakes));
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'pipeline.list').at(-1)?.input).toEqual({
        team: { memberId: 'tm_chen', includeReports: false },
        stageSetId: 'sales8',
      }),
    );
    await waitFor(() =>
      expect(window.location.hash).toBe('#/pipeline/board?owner=member%3Atm_chen'),
    );
    expect(screen.getByTestId('pipeline-count').textContent).toBe('1 deal');
  });

  it('starts from the remembered filters when the address has none', async () => {
    const fakes = fakeViewsAndTeam(TEAM);
    fakes.views.set('pipelineTable', {
      sorting: [],
      columnSizing: {},
      columnVisibility: {},
      filters: { grade: 'B', quarter: 'nonsense' },
    });
    window.location.hash = '#/pipeline/board';
    const { calls } = renderWithProviders(<RoutedPipeline />, server(fakes));
    await waitFor(() => expect(screen.getByTestId('pipeline-count').textContent).toBe('1 deal'));
    // Never every deal first, and a value the pipeline cannot take is dropped.
    expect(calls.filter((c) => c.channel === 'pipeline.list').map((c) => c.input)).toEqual([
      { grade: 'B', stageSetId: 'sales8' },
    ]);
    expect(window.location.hash).toBe('#/pipeline/board?grade=B');
  });

  it('asks for a reason before moving past unmet criteria; cancel moves nothing', async () => {
    const { calls } = renderWithProviders(<PipelinePage tab="board" />, server());
    await moveWithMenu('Solution demo and technical exchange');
    let dialog = await screen.findByRole('dialog', { name: 'Move past unmet exit criteria?' });
    const items = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'First proposal · Targeted interviews with handler and departments',
      'First proposal · First proposal built on them',
      'First proposal · Relationships beyond the handler',
      'First proposal · Leadership and other departments agree to continue',
    ]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(advanceCalls(calls)).toEqual([]);
    expect(
      within(await column('First proposal')).getByRole('article', { name: 'Plant 1 upgrade' }),
    ).toBeTruthy();

    await moveWithMenu('Solution demo and technical exchange');
    dialog = await screen.findByRole('dialog', { name: 'Move past unmet exit criteria?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move anyway' }));
    expect(
      await within(dialog).findByText('Give a reason to move on with unmet criteria.'),
    ).toBeTruthy();
    expect(advanceCalls(calls)).toEqual([]);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason for moving on/ }), {
      target: { value: '  Demo booked  ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move anyway' }));
    await waitFor(() =>
      expect(advanceCalls(calls).map((c) => c.input)).toEqual([
        {
          id: 'opp_plant1',
          version: 3,
          toStage: 'solution_demo',
          confirmUnmet: true,
          confirmNote: 'Demo booked',
        },
      ]),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      within(await column('Solution demo and technical exchange')).getByRole('article', {
        name: 'Plant 1 upgrade',
      }),
    ).toBeTruthy();
  }, 20_000);

  it('moves a dropped card; a move back is not gated and asks nothing', async () => {
    const { calls } = renderWithProviders(<PipelinePage tab="board" />, server());
    const card = within(await column('First proposal')).getByRole('article', {
      name: 'Plant 1 upgrade',
    });
    const data = new Map<string, string>();
    const dataTransfer = {
      get types() {
        return [...data.keys()];
      },
      setData: (k: string, v: string) => data.set(k, v),
      getData: (k: string) => data.get(k) ?? '',
      dropEffect: 'none',
      effectAllowed: 'all',
    };
    const target = await column('Visit and first research');
    fireEvent.dragStart(card, { dataTransfer });
    fireEvent.dragOver(target, { dataTransfer });
    fireEvent.drop(target, { dataTransfer });
    await waitFor(() =>
      expect(advanceCalls(calls).map((c) => c.input)).toEqual([
        { id: 'opp_plant1', version: 3, toStage: 'visit_research' },
      ]),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('reads in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(<PipelinePage tab="board" />, server());
    const proposal = await screen.findByRole('region', { name: '提交初步方案' });
    expect(within(proposal).getByTestId('column-count').textContent).toBe('1 个项目');
    expect(screen.getByRole('combobox', { name: '预计成交季度' })).toBeTruthy();
  });
});
