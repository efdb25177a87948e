import { Group, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SALES8_STAGE_SET } from '../../shared/pipeline.ts';
import { navigate } from '../routes/navigate.ts';
import { useRoute } from '../routes/useRoute.ts';
import { PIPELINE_TABS, type PipelineTab } from '../routes/route.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { Page } from '../ui/Page.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { useFormatters } from '../ui/useFormatters.ts';
import { useStageSets } from '../features/stages/index.ts';
import { knownTeamValue, teamFilterOf, teamQueries } from '../features/team/index.ts';
import { useListView } from '../features/uiState/index.ts';
import {
  knownPipelineFilters,
  NO_PIPELINE_FILTERS,
  pipelineListFilters,
  pipelineQueries,
  totalsOf,
  moneyList,
  PipelineBoard,
  PipelineFilters,
  PipelineFunnel,
  PipelineTable,
} from '../features/pipeline/index.ts';

/** Board, table and funnel of the open pipeline, under one filter bar and one set of totals. */
export function PipelinePage({ tab }: { tab: PipelineTab }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const stageSets = useStageSets();
  const current = useRoute();
  const route = current.name === 'pipeline' ? current : { name: 'pipeline' as const, tab };
  const members = useQuery(teamQueries.list(false)).data?.items;
  // Filters and the table's sort, widths and columns: remembered in the workspace, filters also
  // in the address (which wins), so a filtered pipeline can be bookmarked.
  const view = useListView('pipelineTable', NO_PIPELINE_FILTERS, (f) =>
    knownPipelineFilters(f, (owner) => knownTeamValue(owner, members)),
  );
  const { filters } = view;
  const sets = stageSets.sets.data ?? [];
  const set =
    sets.find((s) => s.id === filters.stageSet) ??
    sets.find((s) => s.isDefault) ??
    sets.find((s) => s.id === SALES8_STAGE_SET.id);
  const stageSetId = set?.id ?? SALES8_STAGE_SET.id;

  const list = useQuery({
    ...pipelineQueries.list({ ...pipelineListFilters(filters, teamFilterOf), stageSetId }),
    // The remembered filters first: the pipeline never shows every deal for a moment.
    enabled: view.ready,
  });
  const rows = useMemo(() => list.data?.rows ?? [], [list.data]);
  const totals = useMemo(() => totalsOf(rows), [rows]);

  const error = stageSets.sets.error ?? list.error;
  const body = error ? (
    <ErrorState
      error={error}
      onRetry={() => void (stageSets.sets.error ? stageSets.sets.refetch() : list.refetch())}
    />
  ) : !set || !list.data ? (
    <LoadingState />
  ) : tab === 'board' ? (
    <PipelineBoard rows={rows} set={set} />
  ) : tab === 'table' ? (
    <PipelineTable rows={rows} set={set} view={view.table} />
  ) : (
    <PipelineFunnel rows={rows} set={set} />
  );

  return (
    <Page>
      <PageHeader title={t('pipeline.title')} />
      <PipelineFilters
        filters={filters}
        stageSetId={stageSetId}
        facets={list.data?.facets}
        sets={sets}
        setLabel={stageSets.setLabel}
        onChange={view.setFilters}
        onClear={() => view.setFilters({ owner: null, account: null, quarter: null, grade: null })}
      />
      <Group
        gap="lg"
        role="status"
        aria-label={t('pipeline.totals.label')}
        aria-busy={list.isFetching}
        data-testid="pipeline-totals"
      >
        <Text size="sm" fw={600} data-testid="pipeline-count">
          {t('pipeline.totals.count', { count: totals.count, n: fmt.integer(totals.count) })}
        </Text>
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            {t('pipeline.totals.amount')}{' '}
          </Text>
          {moneyList(fmt, totals.byCurrency, 'amount')}
        </Text>
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            {t('pipeline.totals.weighted')}{' '}
          </Text>
          {moneyList(fmt, totals.byCurrency, 'weighted')}
        </Text>
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = PIPELINE_TABS.find((x) => x === value);
          // The filters go along: they are the whole page's.
          if (next) navigate({ ...route, tab: next });
        }}
        keepMounted={false}
        style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
      >
        <Tabs.List aria-label={t('pipeline.tabs.label')}>
          {PIPELINE_TABS.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`pipeline.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel
          value={tab}
          pt="sm"
          style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
        >
          {body}
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
