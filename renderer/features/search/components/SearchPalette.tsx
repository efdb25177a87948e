import { Badge, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { createSpotlight, Spotlight, useSpotlight } from '@mantine/spotlight';
import {
  IconBriefcase,
  IconBuildingSkyscraper,
  IconScale,
  IconSearch,
  IconSwords,
  IconUser,
} from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit, SearchKind } from '../../../../shared/search.ts';
import type { Account } from '../../../../shared/schemas.ts';
import { navigate } from '../../../routes/navigate.ts';
import type { Route } from '../../../routes/route.ts';
import { matchesQuery } from '../../../ui/matchesQuery.ts';
import { useDrawerTarget } from '../../../ui/useDrawerTarget.ts';
import { AccountFormDrawer } from '../../accounts/index.ts';
import { searchQueries } from '../api/searchQueries.ts';
import classes from './SearchPalette.module.css';
import { useCommands } from '../utils/useCommands.tsx';

// The palette's own store: the first line is selected whenever the lines change, so Enter opens it.
const [searchStore, searchActions] = createSpotlight();
const LIST_ID = 'search-everything-results';

/** Opens the palette (the header's button; Ctrl+K / ⌘K does the same). */
export const openSearch = searchActions.open;

const ICONS: Record<SearchKind, ReactNode> = {
  account: <IconBuildingSkyscraper size={18} stroke={1.6} />,
  person: <IconUser size={18} stroke={1.6} />,
  opportunity: <IconBriefcase size={18} stroke={1.6} />,
  competitor: <IconSwords size={18} stroke={1.6} />,
  negotiation: <IconScale size={18} stroke={1.6} />,
};

/** Where a hit opens: its own screen, a person in their account's people, a sheet in its deal. */
function routeOf(hit: SearchHit): Route {
  switch (hit.kind) {
    case 'account':
      return { name: 'account', id: hit.id, tab: 'profile' };
    case 'person':
      return { name: 'account', id: hit.accountId ?? '', tab: 'people', personId: hit.id };
    case 'opportunity':
      return { name: 'deal', id: hit.id, tab: 'committee' };
    case 'competitor':
      return { name: 'competitor', id: hit.id };
    case 'negotiation':
      return { name: 'deal', id: hit.opportunityId ?? '', tab: 'negotiation', sheetId: hit.id };
  }
}

/**
 * Search everything (Ctrl+K / ⌘K, or the header's button): accounts, people, deals, competitors
 * and negotiation sheets from the workspace's index, and commands. An empty query lists the
 * commands; Enter opens the selected line (not while an input method is composing).
 */
export function SearchPalette() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [typed] = useDebouncedValue(query.trim(), 120);
  const drawer = useDrawerTarget<Account | 'new'>();
  const commands = useCommands({ onNewAccount: () => drawer.open('new') });
  const search = useQuery({
    ...searchQueries.query(typed),
    enabled: typed !== '',
    placeholderData: keepPreviousData,
  });

  const text = query.trim();
  const groups = text === '' || !search.data ? [] : search.data.groups;
  const shownCommands =
    text === '' ? commands : commands.filter((c) => matchesQuery(text, [c.label]));
  const waiting = text !== '' && (typed !== text || search.isFetching);
  const nothing = text !== '' && !waiting && groups.length === 0 && shownCommands.length === 0;

  const { opened } = useSpotlight(searchStore);
  const lines = [
    ...groups.flatMap((g) => g.hits.map((h) => `${h.kind}:${h.id}`)),
    ...shownCommands.map((c) => c.id),
  ].join(' ');
  useEffect(() => {
    const list = opened ? document.getElementById(LIST_ID) : null;
    if (!list) return;
    list.querySelector('[data-selected]')?.removeAttribute('data-selected');
    const first = list.querySelector('[data-action]');
    first?.setAttribute('data-selected', 'true');
    searchStore.updateState((state) => ({ ...state, selected: first ? 0 : -1 }));
  }, [opened, lines]);

  /** The second line of a hit: what matched when it is not the name, then where it belongs. */
  const describe = (hit: SearchHit) => {
    if (hit.matchedField === 'name') return hit.subtitle;
    const field =
      hit.kind === 'negotiation'
        ? t('search.matched.sheetTitle')
        : t(`search.matched.${hit.matchedField}`);
    return t('search.matchedIn', { field, subtitle: hit.subtitle });
  };

  return (
    <>
      <Spotlight.Root
        store={searchStore}
        query={query}
        onQueryChange={setQuery}
        shortcut={['mod + K']}
        // Ctrl+K opens it from anywhere, a text field included.
        tagsToIgnore={[]}
        scrollable
        maxHeight={520}
        size="lg"
        title={t('search.label')}
        styles={{ title: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 600 } }}
        classNames={{ action: classes.action, actionDescription: classes.description }}
      >
        <Spotlight.Search
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          leftSection={<IconSearch size={18} stroke={1.6} />}
        />
        <Spotlight.ActionsList id={LIST_ID} aria-label={t('search.results')}>
          {groups.map((group) => (
            <Spotlight.ActionsGroup
              key={group.kind}
              label={t(`search.groups.${group.kind}`)}
              // The label is drawn by CSS; the group names itself for screen readers.
              role="group"
              aria-label={t(`search.groups.${group.kind}`)}
            >
              {group.hits.map((hit) => (
                <Spotlight.Action
                  key={`${hit.kind}:${hit.id}`}
                  label={hit.title}
                  description={describe(hit)}
                  leftSection={ICONS[hit.kind]}
                  rightSection={
                    hit.archived ? (
                      <Badge color="gray" variant="light" size="sm">
                        {t('search.archived')}
                      </Badge>
                    ) : null
                  }
                  onClick={() => navigate(routeOf(hit))}
                />
              ))}
            </Spotlight.ActionsGroup>
          ))}
          {shownCommands.length > 0 && (
            <Spotlight.ActionsGroup
              label={t('search.groups.commands')}
              role="group"
              aria-label={t('search.groups.commands')}
            >
              {shownCommands.map((command) => (
                <Spotlight.Action
                  key={command.id}
                  label={command.label}
                  leftSection={command.icon}
                  onClick={command.run}
                />
              ))}
            </Spotlight.ActionsGroup>
          )}
          {search.isError && text !== '' ? (
            <Spotlight.Empty>{t('search.failed')}</Spotlight.Empty>
          ) : nothing ? (
            <Spotlight.Empty>{t('search.nothingFound', { query: text })}</Spotlight.Empty>
          ) : waiting && groups.length === 0 ? (
            <Text size="sm" c="dimmed" p="md" role="status">
              {t('search.searching')}
            </Text>
          ) : null}
        </Spotlight.ActionsList>
      </Spotlight.Root>
      <AccountFormDrawer
        drawer={drawer}
        onCreated={(account) => navigate({ name: 'account', id: account.id, tab: 'profile' })}
      />
    </>
  );
}
