import { Button, Group, Select, Text } from '@mantine/core';
import { IconBriefcase, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPPORTUNITY_STATUSES, type OpportunityStatus } from '../../../../shared/enums.ts';
import type { Opportunity, OpportunityListItem } from '../../../../shared/schemas.ts';
import { navigate } from '../../../routes/navigate.ts';
import type { DataTableHandle } from '../../../ui/DataTable.tsx';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { ExportMenu } from '../../../ui/ExportMenu.tsx';
import { ListEmptyState } from '../../../ui/ListEmptyState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useQuickSearch } from '../../../ui/quickSearch.ts';
import { SearchInput } from '../../../ui/SearchInput.tsx';
import { useDrawerTarget } from '../../../ui/useDrawerTarget.ts';
import { opportunityQueries } from '../api/opportunityQueries.ts';
import { useDealStage } from '../api/useDealStage.ts';
import { inStatusAndOwners, opportunitySearch } from '../utils/filterOpportunities.ts';
import { opportunitiesExportTable } from '../utils/opportunitiesExportTable.ts';
import {
  knownTeamValue,
  ownersOf,
  TeamFilterSelect,
  teamFilterOf,
  teamQueries,
} from '../../team/index.ts';
import { useListView } from '../../uiState/index.ts';
import { OpportunitiesTable } from './OpportunitiesTable.tsx';
import { OpportunityFormDrawer } from './OpportunityFormDrawer.tsx';

type Filters = {
  query: string;
  status: OpportunityStatus | null;
  /** A team member or a manager's team (TeamFilterValue). */
  owner: string | null;
};

const NO_FILTERS: Filters = { query: '', status: null, owner: null };

/** One account's opportunities, or every account's when `accountId` is not given. */
export function OpportunitiesPanel({
  accountId,
  accountName,
}: {
  accountId?: string;
  accountName?: string;
}) {
  const { t } = useTranslation();
  const { stageText } = useDealStage();
  const shown = useRef<DataTableHandle<OpportunityListItem>>(null);
  const opportunities = useQuery(opportunityQueries.list(accountId));
  // Every account's deals: the view is remembered (workspace and address); one account's: not.
  const remembered = accountId === undefined;
  const members = useQuery(teamQueries.list(false)).data?.items;
  // An address's status that is no status is no filter; an old address's owner name is its member.
  const view = useListView('opportunities', NO_FILTERS, (f) => ({
    ...f,
    status: OPPORTUNITY_STATUSES.find((s) => s === f.status) ?? null,
    owner: knownTeamValue(f.owner, members),
  }));
  const [local, setLocal] = useState(NO_FILTERS);
  const { query, status, owner } = remembered ? view.filters : local;
  const owners = useMemo(() => {
    const ownerFilter = teamFilterOf(owner);
    return ownerFilter && members ? ownersOf(ownerFilter, members) : null;
  }, [owner, members]);
  const update = (patch: Partial<typeof NO_FILTERS>) =>
    remembered ? view.setFilters(patch) : setLocal((f) => ({ ...f, ...patch }));
  const setQuery = (value: string) => update({ query: value });
  const setStatus = (value: OpportunityStatus | null) => update({ status: value });
  // Rows open the deal page; this drawer creates new deals (the deal page edits them).
  const drawer = useDrawerTarget<Opportunity | 'new'>();
  // The query is followed a keystroke late (useDeferredValue): the box never waits for the table.
  const found = useQuickSearch(opportunitySearch, opportunities.data, query);
  // The same array while nothing changes, so the table does not sort its rows again.
  const visible = useMemo(
    () => found.filter(inStatusAndOwners(status, owners)),
    [found, status, owners],
  );

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <SearchInput
            value={query}
            onChange={setQuery}
            placeholder={t('opportunities.searchPlaceholder')}
          />
          <Select
            aria-label={t('opportunities.filterStatus')}
            placeholder={t('opportunities.allStatuses')}
            data={OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: t(`enums.status.${s}`) }))}
            value={status}
            onChange={(value) => setStatus(value as OpportunityStatus | null)}
            clearable
            w={160}
          />
          <TeamFilterSelect
            label={null}
            aria-label={t('team.filter.label')}
            value={owner}
            onChange={(value) => update({ owner: value })}
            w={200}
          />
          {opportunities.data && (
            <Text size="sm" c="dimmed">
              {t('opportunities.count', { count: visible.length })}
            </Text>
          )}
        </Group>
        <Group gap="sm">
          <ExportMenu
            name={
              accountName === undefined
                ? t('exportList.names.opportunities')
                : t('exportList.names.accountOpportunities', { account: accountName })
            }
            table={() =>
              opportunitiesExportTable(shown.current?.shownRows() ?? visible, t, {
                showAccount: accountId === undefined,
                stageText,
              })
            }
            disabled={!opportunities.data}
          />
          <Button leftSection={<IconPlus size={16} />} onClick={() => drawer.open('new')}>
            {t('opportunities.new')}
          </Button>
        </Group>
      </Group>
      {opportunities.isPending || (remembered && !view.ready) ? (
        <LoadingState />
      ) : opportunities.isError ? (
        <ErrorState error={opportunities.error} onRetry={() => void opportunities.refetch()} />
      ) : (
        <OpportunitiesTable
          handle={shown}
          view={remembered ? view.table : undefined}
          opportunities={visible}
          showAccount={accountId === undefined}
          onOpen={(opportunity) => navigate({ name: 'deal', id: opportunity.id, tab: 'committee' })}
          empty={
            <ListEmptyState
              filtered={query !== '' || status !== null || owner !== null}
              icon={<IconBriefcase size={28} stroke={1.4} />}
              emptyTitle={t('opportunities.emptyTitle')}
              emptyBody={t('opportunities.emptyBody')}
              noMatchTitle={t('opportunities.noMatchTitle')}
              noMatchBody={t('opportunities.noMatchBody')}
              onClearFilters={() => update({ query: '', status: null, owner: null })}
            />
          }
        />
      )}
      <OpportunityFormDrawer drawer={drawer} accountId={accountId} />
    </>
  );
}
