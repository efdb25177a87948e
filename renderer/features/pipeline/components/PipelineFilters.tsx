import { Button, Group, Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADES, type Grade } from '../../../../shared/enums.ts';
import type { StageSet } from '../../../../shared/pipeline.ts';
import type { PipelineFacets } from '../../../../shared/pipelineList.ts';
import type { PipelineFilters as Filters } from '../api/pipelineQueries.ts';
import { TeamFilterSelect } from '../../team/index.ts';

type Props = {
  filters: Filters;
  stageSetId: string;
  facets: PipelineFacets | undefined;
  sets: StageSet[];
  setLabel: (set: StageSet) => string;
  onChange: (filters: Filters) => void;
  onStageSetChange: (id: string) => void;
};

// A long account list renders only what the search leaves, a page at a time.
const OPTION_LIMIT = 100;

/** Owner, a manager's team, account (searchable), close quarter and grade, shared by board, table and funnel. */
export function PipelineFilters({
  filters,
  stageSetId,
  facets,
  sets,
  setLabel,
  onChange,
  onStageSetChange,
}: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<Filters>) => {
    const next = { ...filters, ...patch };
    // Absent, not undefined-valued, so the query key stays the same for the same filters.
    for (const key of Object.keys(next) as (keyof Filters)[])
      if (next[key] === undefined) delete next[key];
    onChange(next);
  };
  const accounts = useMemo(
    () => (facets?.accounts ?? []).map((a) => ({ value: a.id, label: a.name })),
    [facets?.accounts],
  );
  const any = t('pipeline.filters.any');
  const active = Object.keys(filters).length > 0;

  return (
    <Group gap="sm" align="flex-end" role="search" aria-label={t('pipeline.filters.label')}>
      {sets.length > 1 && (
        <Select
          label={t('pipeline.filters.stageSet')}
          w={260}
          data={sets.map((s) => ({ value: s.id, label: setLabel(s) }))}
          value={stageSetId}
          allowDeselect={false}
          onChange={(value) => value && onStageSetChange(value)}
        />
      )}
      <Select
        label={t('pipeline.filters.owner')}
        placeholder={any}
        w={170}
        searchable
        clearable
        data={facets?.owners ?? []}
        value={filters.owner ?? null}
        onChange={(value) => set({ owner: value ?? undefined })}
      />
      <TeamFilterSelect w={200} value={filters.team} onChange={(team) => set({ team })} />
      <Select
        label={t('pipeline.filters.account')}
        placeholder={any}
        w={240}
        searchable
        clearable
        limit={OPTION_LIMIT}
        data={accounts}
        value={filters.accountId ?? null}
        onChange={(value) => set({ accountId: value ?? undefined })}
        nothingFoundMessage={t('opportunities.nothingFound')}
      />
      <Select
        label={t('pipeline.filters.quarter')}
        placeholder={any}
        w={150}
        clearable
        data={facets?.quarters ?? []}
        value={filters.closeQuarter ?? null}
        onChange={(value) => set({ closeQuarter: value ?? undefined })}
      />
      <Select
        label={t('pipeline.filters.grade')}
        placeholder={any}
        w={140}
        clearable
        data={GRADES.map((g) => ({ value: g, label: t(`enums.grade.${g}`) }))}
        value={filters.grade ?? null}
        onChange={(value) => set({ grade: (value as Grade | null) ?? undefined })}
      />
      {active && (
        <Button variant="subtle" onClick={() => onChange({})}>
          {t('pipeline.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
