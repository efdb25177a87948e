import { ActionIcon, AppShell, Group, NavLink, Text, ThemeIcon, Tooltip } from '@mantine/core';
import {
  IconBriefcase,
  IconBuildingSkyscraper,
  IconLayoutKanban,
  IconChartBar,
  IconChartScatter,
  IconFileImport,
  IconKeyboard,
  IconSettings,
  IconSwords,
  IconTargetArrow,
} from '@tabler/icons-react';
import { lazy, Suspense, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountsPage } from '../pages/AccountsPage.tsx';
import { OpportunitiesPage } from '../pages/OpportunitiesPage.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { UndoRedo } from './UndoRedo.tsx';
import { ShortcutsDialog, useShortcutsScreen } from './ShortcutsDialog.tsx';
import classes from './Shell.module.css';
import { WorkspaceBanner } from '../features/workspace/index.ts';
import { SearchButton, SearchPalette } from '../features/search/index.ts';
import { DraftStoreProvider } from '../features/uiState/index.ts';
import { UnsavedChangesGuard } from './UnsavedChangesGuard.tsx';
import { useIdleWarmUp } from './useIdleWarmUp.ts';
import { route } from '../routes/route.ts';
import { useRoute } from '../routes/useRoute.ts';

// The pages with charts and the account map (echarts, React Flow) load when first opened, so
// that the lists the app starts on do not wait for them. The competitor list and the settings
// import features (competition, committee) whose public faces also carry their charts.
const AccountPage = lazy(() =>
  import('../pages/AccountPage.tsx').then((m) => ({
    default: m.AccountPage,
  })),
);
const DealPage = lazy(() => import('../pages/DealPage.tsx').then((m) => ({ default: m.DealPage })));
const PipelinePage = lazy(() =>
  import('../pages/PipelinePage.tsx').then((m) => ({
    default: m.PipelinePage,
  })),
);
const ForecastPage = lazy(() =>
  import('../pages/ForecastPage.tsx').then((m) => ({
    default: m.ForecastPage,
  })),
);
const CompetitorPage = lazy(() =>
  import('../pages/CompetitorPage.tsx').then((m) => ({
    default: m.CompetitorPage,
  })),
);

const CompetitorsPage = lazy(() =>
  import('../pages/CompetitorsPage.tsx').then((m) => ({ default: m.CompetitorsPage })),
);
const SettingsPage = lazy(() =>
  import('../pages/SettingsPage.tsx').then((m) => ({ default: m.SettingsPage })),
);
const ImportPage = lazy(() =>
  import('../pages/ImportPage.tsx').then((m) => ({ default: m.ImportPage })),
);
const EvaluationPage = lazy(() =>
  import('../pages/EvaluationPage.tsx').then((m) => ({
    default: m.EvaluationPage,
  })),
);

/** Header with the app name and language, navigation on the left, the current screen. */
export function Shell() {
  const { t } = useTranslation();
  const current = useRoute();
  const shortcuts = useShortcutsScreen();
  useIdleWarmUp();
  const section =
    current.name === 'opportunities' || current.name === 'deal'
      ? 'opportunities'
      : current.name === 'pipeline'
        ? 'pipeline'
        : current.name === 'forecast'
          ? 'forecast'
          : current.name === 'settings'
            ? 'settings'
            : current.name === 'competitors' || current.name === 'competitor'
              ? 'competitors'
              : current.name === 'evaluation'
                ? 'evaluation'
                : current.name === 'import'
                  ? 'import'
                  : 'accounts';

  return (
    <DraftStoreProvider>
      <UnsavedChangesGuard />
      <AppShell header={{ height: 52 }} navbar={{ width: 216, breakpoint: 0 }} padding={0}>
        <UndoRedo />
        {/* The first stop of the keyboard: past the header and navigation to the screen. */}
        <a href="#main-content" className={classes.skipLink} onClick={skipToContent}>
          {t('shell.skipToContent')}
        </a>
        <AppShell.Header px="md" style={{ borderBottomColor: 'var(--dw-color-border)' }}>
          <Group h="100%" justify="space-between">
            <Group gap="xs">
              <ThemeIcon
                size={30}
                radius="md"
                variant="gradient"
                gradient={{ from: 'indigo.7', to: 'cyan.6', deg: 135 }}
              >
                <IconTargetArrow size={18} />
              </ThemeIcon>
              <Text fw={700} size="md">
                {t('app.name')}
              </Text>
              <Text size="sm" c="dimmed" visibleFrom="sm">
                {t('app.tagline')}
              </Text>
            </Group>
            <Group gap="xs">
              <SearchButton />
              <Tooltip label={t('shell.shortcutsButton')}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={t('shell.shortcutsButton')}
                  aria-keyshortcuts="?"
                  onClick={shortcuts.open}
                >
                  <IconKeyboard size={20} stroke={1.6} />
                </ActionIcon>
              </Tooltip>
              <LanguageSwitcher />
            </Group>
          </Group>
        </AppShell.Header>
        <SearchPalette />

        <AppShell.Navbar
          p="xs"
          bg="var(--dw-color-surface)"
          style={{ borderRightColor: 'var(--dw-color-border)' }}
        >
          <nav aria-label={t('app.mainNavigation')}>
            <NavLink
              href={route.href({ name: 'accounts' })}
              label={t('nav.accounts')}
              leftSection={<IconBuildingSkyscraper size={18} stroke={1.6} />}
              active={section === 'accounts'}
              aria-current={section === 'accounts' ? 'page' : undefined}
              variant="light"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
            <NavLink
              href={route.href({ name: 'opportunities' })}
              label={t('nav.opportunities')}
              leftSection={<IconBriefcase size={18} stroke={1.6} />}
              active={section === 'opportunities'}
              aria-current={section === 'opportunities' ? 'page' : undefined}
              variant="light"
              mt={2}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
            <NavLink
              href={route.href({ name: 'pipeline', tab: 'board' })}
              label={t('pipeline.nav')}
              leftSection={<IconLayoutKanban size={18} stroke={1.6} />}
              active={section === 'pipeline'}
              aria-current={section === 'pipeline' ? 'page' : undefined}
              variant="light"
              mt={2}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
            <NavLink
              href={route.href({ name: 'forecast', tab: 'overview' })}
              label={t('forecast.nav')}
              leftSection={<IconChartBar size={18} stroke={1.6} />}
              active={section === 'forecast'}
              aria-current={section === 'forecast' ? 'page' : undefined}
              variant="light"
              mt={2}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
            <NavLink
              href={route.href({ name: 'competitors' })}
              label={t('competition.nav')}
              leftSection={<IconSwords size={18} stroke={1.6} />}
              active={section === 'competitors'}
              aria-current={section === 'competitors' ? 'page' : undefined}
              variant="light"
              mt={2}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
            <NavLink
              href={route.href({ name: 'evaluation' })}
              label={t('scoring.nav')}
              leftSection={<IconChartScatter size={18} stroke={1.6} />}
              active={section === 'evaluation'}
              aria-current={section === 'evaluation' ? 'page' : undefined}
              variant="light"
              mt={2}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
            <NavLink
              href={route.href({ name: 'import' })}
              label={t('imports.nav')}
              leftSection={<IconFileImport size={18} stroke={1.6} />}
              active={section === 'import'}
              aria-current={section === 'import' ? 'page' : undefined}
              variant="light"
              mt={2}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
            <NavLink
              href={route.href({ name: 'settings' })}
              label={t('committee.settings.title')}
              leftSection={<IconSettings size={18} stroke={1.6} />}
              active={section === 'settings'}
              aria-current={section === 'settings' ? 'page' : undefined}
              variant="light"
              mt={2}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          </nav>
        </AppShell.Navbar>

        <AppShell.Main
          id="main-content"
          tabIndex={-1}
          h="100dvh"
          style={{ display: 'flex', flexDirection: 'column', outline: 'none' }}
        >
          {/* A damaged or empty workspace file is named above whatever screen is open. */}
          <WorkspaceBanner />
          <Suspense fallback={<LoadingState />}>
            {current.name === 'accounts' && <AccountsPage />}
            {current.name === 'account' && (
              <AccountPage
                key={current.id}
                id={current.id}
                tab={current.tab}
                personId={current.personId}
              />
            )}
            {current.name === 'opportunities' && <OpportunitiesPage />}
            {current.name === 'deal' && (
              <DealPage
                key={current.id}
                id={current.id}
                tab={current.tab}
                sheetId={current.sheetId}
              />
            )}
            {current.name === 'pipeline' && <PipelinePage tab={current.tab} />}
            {current.name === 'settings' && <SettingsPage section={current.section} />}
            {current.name === 'forecast' && <ForecastPage tab={current.tab} />}
            {current.name === 'competitors' && <CompetitorsPage />}
            {current.name === 'competitor' && <CompetitorPage key={current.id} id={current.id} />}
            {current.name === 'evaluation' && <EvaluationPage />}
            {current.name === 'import' && (
              <ImportPage
                key={`${current.recordType ?? ''}/${current.accountId ?? ''}`}
                recordType={current.recordType}
                accountId={current.accountId}
              />
            )}
          </Suspense>
        </AppShell.Main>
        <ShortcutsDialog opened={shortcuts.opened} onClose={shortcuts.close} />
      </AppShell>
    </DraftStoreProvider>
  );
}

// The routes live in the hash, so the link's own "#main-content" would leave the screen: the
// keyboard moves to the main area instead.
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main-content')?.focus();
}
