import { Button, Group, Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADES } from '../../../../shared/enums.ts';
import type { StageSet } from '../../../../shared/pipeline.ts';
import type { PipelineFacets } from '../../../../shared/pipelineList.ts';
import type { PipelineViewFilters as Filters } from '../utils/pipelineView.ts';
import { TeamFilterSelect } from '../../team/index.ts';

type Props = {
  filters: Filters;
  stageSetId: string;
  facets: PipelineFacets | undefined;
  sets: StageSet[];
  setLabel: (set: StageSet) => string;
  onChange: (patch: Partial<Filters>) => void;
  /** Back to every deal (the stage set shown stays). */
  onClear: () => void;
};

// A long account list renders only what the search leaves, a page at a time.
const OPTION_LIMIT = 100;

/** Stage set, owner (a member or a manager's team), account (searchable), close quarter and grade, shared by board, table and funnel. */
export function PipelineFilters({
  filters,
  stageSetId,
  facets,
  sets,
  setLabel,
  onChange,
  onClear,
}: Props) {
  const { t } = useTranslation();
  const accounts = useMemo(
    () => (facets?.accounts ?? []).map((a) => ({ value: a.id, label: a.name })),
    [facets?.accounts],
  );
  const any = t('pipeline.filters.any');
  const active = (['owner', 'account', 'quarter', 'grade'] as const).some(
    (k) => filters[k] !== null,
  );

  return (
    <Group gap="sm" align="flex-end" role="search" aria-label={t('pipeline.filters.label')}>
      {sets.length > 1 && (
        <Select
          label={t('pipeline.filters.stageSet')}
          w={260}
          data={sets.map((s) => ({ value: s.id, label: setLabel(s) }))}
          value={stageSetId}
          allowDeselect={false}
          onChange={(value) => value && onChange({ stageSet: value })}
        />
      )}
      <TeamFilterSelect
        w={220}
        placeholder={any}
        value={filters.owner}
        onChange={(owner) => onChange({ owner })}
      />
      <Select
        label={t('pipeline.filters.account')}
        placeholder={any}
        w={240}
        searchable
        clearable
        limit={OPTION_LIMIT}
        data={accounts}
        value={filters.account}
        onChange={(account) => onChange({ account })}
        nothingFoundMessage={t('opportunities.nothingFound')}
      />
      <Select
        label={t('pipeline.filters.quarter')}
        placeholder={any}
        w={150}
        clearable
        data={facets?.quarters ?? []}
        value={filters.quarter}
        onChange={(quarter) => onChange({ quarter })}
      />
      <Select
        label={t('pipeline.filters.grade')}
        placeholder={any}
        w={140}
        clearable
        data={GRADES.map((g) => ({ value: g, label: t(`enums.grade.${g}`) }))}
        value={filters.grade}
        onChange={(grade) => onChange({ grade })}
      />
      {active && (
        <Button variant="subtle" onClick={onClear}>
          {t('pipeline.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
