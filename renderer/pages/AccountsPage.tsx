import { Button, Group, Select, Switch, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconBuildingSkyscraper, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNNEL_STAGES, GRADES, type FunnelStage, type Grade } from '../../shared/enums.ts';
import type { Account, AccountListItem } from '../../shared/schemas.ts';
import { navigate } from '../routes/navigate.ts';
import type { DataTableHandle } from '../ui/DataTable.tsx';
import { route } from '../routes/route.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { ExportMenu } from '../ui/ExportMenu.tsx';
import { ListEmptyState } from '../ui/ListEmptyState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { Page } from '../ui/Page.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { SearchInput } from '../ui/SearchInput.tsx';
import { useDrawerTarget } from '../ui/useDrawerTarget.ts';
import { useQuickSearch } from '../ui/quickSearch.ts';
import {
  accountQueries,
  accountsExportTable,
  accountSearch,
  inGradeAndStage,
  type AccountFilters,
  AccountFormDrawer,
  AccountsTable,
} from '../features/accounts/index.ts';
import { ImportPackageButton } from '../features/accountPackage/index.ts';
import { useListView } from '../features/uiState/index.ts';

const NO_FILTERS: AccountFilters & { showArchived: boolean } = {
  query: '',
  grade: null,
  funnelStage: null,
  showArchived: false,
};

/** An address's filters as the list offers them: an unknown grade or stage is no filter. */
const knownFilters = (f: typeof NO_FILTERS): typeof NO_FILTERS => ({
  ...f,
  grade: GRADES.find((g) => g === f.grade) ?? null,
  funnelStage: FUNNEL_STAGES.find((s) => s === f.funnelStage) ?? null,
});

/** All accounts: quick search, grade and stage filters, archived on demand, "n" for a new one. */
export function AccountsPage() {
  const { t } = useTranslation();
  // Kept in the workspace (and the address) so that coming back finds the list as it was left.
  const view = useListView('accounts', NO_FILTERS, knownFilters);
  const { filters } = view;
  const accounts = useQuery(accountQueries.list(filters.showArchived));
  const drawer = useDrawerTarget<Account | 'new'>();
  const searchRef = useRef<HTMLInputElement>(null);
  const shown = useRef<DataTableHandle<AccountListItem>>(null);

  const openNew = () => {
    if (!drawer.opened) drawer.open('new');
  };
  useHotkeys([
    ['mod+N', openNew],
    ['n', openNew],
    ['/', () => searchRef.current?.focus()],
  ]);

  const update = view.setFilters;
  // The query is followed a keystroke late (useDeferredValue): the box never waits for the table.
  const found = useQuickSearch(accountSearch, accounts.data, filters.query);
  const { grade, funnelStage } = filters;
  // The same array while nothing changes, so the table does not sort its rows again.
  const visible = useMemo(
    () => found.filter(inGradeAndStage({ grade, funnelStage })),
    [found, grade, funnelStage],
  );
  const filtered = filters.query !== '' || filters.grade !== null || filters.funnelStage !== null;

  return (
    <Page>
      <PageHeader
        title={t('accounts.title')}
        meta={accounts.data ? t('accounts.count', { count: visible.length }) : undefined}
        actions={
          <Group gap="sm">
            <Button
              component="a"
              href={route.href({ name: 'import', recordType: 'accounts' })}
              variant="default"
              leftSection={<IconFileImport size={16} />}
            >
              {t('imports.openWizard')}
            </Button>
            <ImportPackageButton
              onImported={(id) => navigate({ name: 'account', id, tab: 'profile' })}
            />
            <ExportMenu
              name={t('exportList.names.accounts')}
              table={() => accountsExportTable(shown.current?.shownRows() ?? visible, t)}
              disabled={!accounts.data}
            />
            <Tooltip label={t('common.shortcut', { keys: 'N' })}>
              <Button leftSection={<IconPlus size={16} />} onClick={openNew}>
                {t('accounts.new')}
              </Button>
            </Tooltip>
          </Group>
        }
      />
      <Group gap="sm">
        <SearchInput
          ref={searchRef}
          value={filters.query}
          onChange={(query) => update({ query })}
          placeholder={t('accounts.searchPlaceholder')}
        />
        <Select
          aria-label={t('accounts.filterGrade')}
          placeholder={t('accounts.allGrades')}
          data={GRADES.map((g) => ({ value: g, label: t(`enums.grade.${g}`) }))}
          value={filters.grade}
          onChange={(grade) => update({ grade: grade as Grade | null })}
          clearable
          w={150}
        />
        <Select
          aria-label={t('accounts.filterStage')}
          placeholder={t('accounts.allStages')}
          data={FUNNEL_STAGES.map((s) => ({ value: s, label: t(`enums.funnelStage.${s}`) }))}
          value={filters.funnelStage}
          onChange={(funnelStage) => update({ funnelStage: funnelStage as FunnelStage | null })}
          clearable
          w={180}
        />
        <Switch
          label={t('common.showArchived')}
          checked={filters.showArchived}
          onChange={(event) => update({ showArchived: event.currentTarget.checked })}
          ml="xs"
        />
      </Group>

      {accounts.isPending || !view.ready ? (
        <LoadingState />
      ) : accounts.isError ? (
        <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : (
        <AccountsTable
          handle={shown}
          view={view.table}
          accounts={visible}
          onOpen={(account) => navigate({ name: 'account', id: account.id, tab: 'profile' })}
          empty={
            <ListEmptyState
              filtered={filtered}
              icon={<IconBuildingSkyscraper size={28} stroke={1.4} />}
              emptyTitle={t('accounts.emptyTitle')}
              emptyBody={t('accounts.emptyBody')}
              noMatchTitle={t('accounts.noMatchTitle')}
              noMatchBody={t('accounts.noMatchBody')}
              onClearFilters={() => update({ query: '', grade: null, funnelStage: null })}
            />
          }
        />
      )}

      <AccountFormDrawer
        drawer={drawer}
        onCreated={(account) => navigate({ name: 'account', id: account.id, tab: 'profile' })}
      />
    </Page>
  );
}
