import { Button, Group, Text } from '@mantine/core';
import { IconPlus, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/schemas.ts';
import { navigate } from '../../../routes/navigate.ts';
import type { DataTableHandle } from '../../../ui/DataTable.tsx';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { ExportMenu } from '../../../ui/ExportMenu.tsx';
import { ListEmptyState } from '../../../ui/ListEmptyState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { quickSearch, useQuickSearch } from '../../../ui/quickSearch.ts';
import { SearchInput } from '../../../ui/SearchInput.tsx';
import { useDrawerTarget } from '../../../ui/useDrawerTarget.ts';
import { peopleQueries } from '../api/peopleQueries.ts';
import { peopleExportTable } from '../utils/peopleExportTable.ts';
import { PeopleTable } from './PeopleTable.tsx';
import { PersonFormDrawer } from './PersonFormDrawer.tsx';

/** The people list's quick search: name, title, department, organisation, email and phone. */
const personSearch = quickSearch<Person>((p) => [
  p.name,
  p.title,
  p.department,
  p.organization,
  p.email,
  p.phone,
]);

/** The people of one account: quick search, the table, and the person form. */
export function PeoplePanel({
  accountId,
  accountName,
  openPersonId,
}: {
  accountId: string;
  accountName: string;
  /** A person to open in the form once the list is read (from search). */
  openPersonId?: string;
}) {
  const { t } = useTranslation();
  const people = useQuery(peopleQueries.list(accountId));
  const [query, setQuery] = useState('');
  const drawer = useDrawerTarget<Person | 'new'>();
  const shown = useRef<DataTableHandle<Person>>(null);
  const everyone = people.data ?? [];
  // The query is followed a keystroke late (useDeferredValue): the box never waits for the table.
  const visible = useQuickSearch(personSearch, people.data, query);

  // Opened from search: the person's form, then the address without them (so a later search
  // for the same person opens it again).
  const toOpen = openPersonId ? everyone.find((p) => p.id === openPersonId) : undefined;
  useEffect(() => {
    if (!toOpen) return;
    drawer.open(toOpen);
    navigate({ name: 'account', id: accountId, tab: 'people' }, { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per person asked for
  }, [toOpen?.id]);

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <SearchInput
            value={query}
            onChange={setQuery}
            placeholder={t('people.searchPlaceholder')}
          />
          {people.data && (
            <Text size="sm" c="dimmed">
              {t('people.count', { count: visible.length })}
            </Text>
          )}
        </Group>
        <Group gap="sm">
          <ExportMenu
            name={t('exportList.names.people', { account: accountName })}
            table={() => peopleExportTable(shown.current?.shownRows() ?? visible, everyone, t)}
            disabled={!people.data}
          />
          <Button leftSection={<IconPlus size={16} />} onClick={() => drawer.open('new')}>
            {t('people.new')}
          </Button>
        </Group>
      </Group>
      {people.isPending ? (
        <LoadingState />
      ) : people.isError ? (
        <ErrorState error={people.error} onRetry={() => void people.refetch()} />
      ) : (
        <PeopleTable
          handle={shown}
          people={visible}
          everyone={everyone}
          onOpen={(person) => drawer.open(person)}
          empty={
            <ListEmptyState
              filtered={query !== ''}
              icon={<IconUsers size={28} stroke={1.4} />}
              emptyTitle={t('people.emptyTitle')}
              emptyBody={t('people.emptyBody')}
              noMatchTitle={t('people.noMatchTitle')}
              noMatchBody={t('people.noMatchBody')}
              onClearFilters={() => setQuery('')}
            />
          }
        />
      )}
      <PersonFormDrawer drawer={drawer} accountId={accountId} people={everyone} />
    </>
  );
}
