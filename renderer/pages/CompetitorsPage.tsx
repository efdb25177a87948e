import { Button, Group, Switch, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconPlus, IconSwords } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competitor, CompetitorListItem } from '../../shared/competition.ts';
import { navigate } from '../routes/navigate.ts';
import type { DataTableHandle } from '../ui/DataTable.tsx';
import { ErrorState } from '../ui/ErrorState.tsx';
import { ExportMenu } from '../ui/ExportMenu.tsx';
import { ListEmptyState } from '../ui/ListEmptyState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { Page } from '../ui/Page.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { SearchInput } from '../ui/SearchInput.tsx';
import { quickSearch, useQuickSearch } from '../ui/quickSearch.ts';
import { useDrawerTarget } from '../ui/useDrawerTarget.ts';
import {
  competitionQueries,
  competitorsExportTable,
  CompetitorFormDrawer,
  CompetitorsTable,
} from '../features/competition/index.ts';
import { useListView } from '../features/uiState/index.ts';

const NO_FILTERS = { query: '', showArchived: false };

/** The library's quick search: name, products and reference customers. */
const competitorSearch = quickSearch<CompetitorListItem>((c) => [
  c.name,
  c.products,
  c.referenceCustomers,
]);

/** The competitor library: search, archived on demand, "n" for a new entry. */
export function CompetitorsPage() {
  const { t } = useTranslation();
  // Kept in the workspace (and the address) so that coming back finds the list as it was left.
  const view = useListView('competitors', NO_FILTERS);
  const { filters } = view;
  const setFilters = (next: (f: typeof NO_FILTERS) => typeof NO_FILTERS) =>
    view.setFilters(next(filters));
  const competitors = useQuery(competitionQueries.list(filters.showArchived));
  const drawer = useDrawerTarget<Competitor | 'new'>();
  const searchRef = useRef<HTMLInputElement>(null);
  const shown = useRef<DataTableHandle<CompetitorListItem>>(null);

  const openNew = () => {
    if (!drawer.opened) drawer.open('new');
  };
  useHotkeys([
    ['mod+N', openNew],
    ['n', openNew],
    ['/', () => searchRef.current?.focus()],
  ]);

  // The query is followed a keystroke late (useDeferredValue): the box never waits for the table.
  const visible = useQuickSearch(competitorSearch, competitors.data, filters.query);

  return (
    <Page>
      <PageHeader
        title={t('competition.library.title')}
        meta={
          competitors.data ? t('competition.library.count', { count: visible.length }) : undefined
        }
        actions={
          <>
            <ExportMenu
              name={t('exportList.names.competitors')}
              table={() => competitorsExportTable(shown.current?.shownRows() ?? visible, t)}
              disabled={!competitors.data}
            />
            <Tooltip label={t('common.shortcut', { keys: 'N' })}>
              <Button leftSection={<IconPlus size={16} />} onClick={openNew}>
                {t('competition.library.new')}
              </Button>
            </Tooltip>
          </>
        }
      />
      <Group gap="sm">
        <SearchInput
          ref={searchRef}
          value={filters.query}
          onChange={(query) => setFilters((f) => ({ ...f, query }))}
          placeholder={t('competition.library.searchPlaceholder')}
        />
        <Switch
          label={t('common.showArchived')}
          checked={filters.showArchived}
          onChange={(event) => {
            const showArchived = event.currentTarget.checked;
            setFilters((f) => ({ ...f, showArchived }));
          }}
          ml="xs"
        />
      </Group>

      {competitors.isPending || !view.ready ? (
        <LoadingState />
      ) : competitors.isError ? (
        <ErrorState error={competitors.error} onRetry={() => void competitors.refetch()} />
      ) : (
        <CompetitorsTable
          handle={shown}
          view={view.table}
          competitors={visible}
          onOpen={(c) => navigate({ name: 'competitor', id: c.id })}
          empty={
            <ListEmptyState
              filtered={filters.query !== ''}
              icon={<IconSwords size={28} stroke={1.4} />}
              emptyTitle={t('competition.library.emptyTitle')}
              emptyBody={t('competition.library.emptyBody')}
              noMatchTitle={t('competition.library.noMatchTitle')}
              noMatchBody={t('competition.library.noMatchBody')}
              onClearFilters={() => setFilters((f) => ({ ...f, query: '' }))}
            />
          }
        />
      )}

      <CompetitorFormDrawer
        drawer={drawer}
        onCreated={(c) => navigate({ name: 'competitor', id: c.id })}
      />
    </Page>
  );
}
