import { Group, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADES } from '../../shared/enums.ts';
import { SALES8_STAGE_SET } from '../../shared/pipeline.ts';
import { QUARTER_PATTERN } from '../../shared/pipelineList.ts';
import { navigate } from '../routes/navigate.ts';
import { PIPELINE_TABS, type PipelineTab } from '../routes/route.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { Page } from '../ui/Page.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { useFormatters } from '../ui/useFormatters.ts';
import { useStageSets } from '../features/stages/index.ts';
import {
  pipelineQueries,
  type PipelineFilterValues as Filters,
  totalsOf,
  moneyList,
  PipelineBoard,
  PipelineFilters,
  PipelineFunnel,
  PipelineTable,
} from '../features/pipeline/index.ts';

const STORAGE_KEY = 'dwb.pipeline.filters';

type Stored = { filters: Filters; stageSetId: string | null };

/** Filters survive leaving for a deal and coming back (per window, like the other lists). */
function loadStored(): Stored {
  try {
    const raw = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '{}') as Record<
      string,
      unknown
    >;
    const f = (raw.filters ?? {}) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
    const filters: Filters = {};
    if (str(f.owner)) filters.owner = str(f.owner);
    if (str(f.accountId)) filters.accountId = str(f.accountId);
    const team = f.team as { memberId?: unknown } | undefined;
    if (str(team?.memberId))
      filters.team = { memberId: str(team?.memberId)!, includeReports: true };
    const quarter = str(f.closeQuarter);
    if (quarter && QUARTER_PATTERN.test(quarter)) filters.closeQuarter = quarter;
    const grade = GRADES.find((g) => g === f.grade);
    if (grade) filters.grade = grade;
    return { filters, stageSetId: str(raw.stageSetId) ?? null };
  } catch {
    return { filters: {}, stageSetId: null };
  }
}

/** Board, table and funnel of the open pipeline, under one filter bar and one set of totals. */
export function PipelinePage({ tab }: { tab: PipelineTab }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const stageSets = useStageSets();
  const [stored] = useState(loadStored);
  const [filters, setFilters] = useState<Filters>(stored.filters);
  const [chosenSet, setChosenSet] = useState<string | null>(stored.stageSetId);
  const sets = stageSets.sets.data ?? [];
  const set =
    sets.find((s) => s.id === chosenSet) ??
    sets.find((s) => s.isDefault) ??
    sets.find((s) => s.id === SALES8_STAGE_SET.id);
  const stageSetId = set?.id ?? SALES8_STAGE_SET.id;

  useEffect(() => {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ filters, stageSetId: chosenSet }));
  }, [filters, chosenSet]);

  const list = useQuery(pipelineQueries.list({ ...filters, stageSetId }));
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
    <PipelineTable rows={rows} set={set} />
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
        onChange={setFilters}
        onStageSetChange={setChosenSet}
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
          if (next) navigate({ name: 'pipeline', tab: next });
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
