import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Menu,
  Stack,
  Tabs,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconBriefcase,
  IconDots,
  IconCalendarEvent,
  IconFileImport,
  IconHierarchy2,
  IconId,
  IconPencil,
  IconUsers,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../shared/schemas.ts';
import { navigate } from '../routes/navigate.ts';
import { ACCOUNT_TABS, route, type AccountTab } from '../routes/route.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { Page } from '../ui/Page.tsx';
import { useDrawerTarget } from '../ui/useDrawerTarget.ts';
import { ActivitiesPanel } from '../features/activities/index.ts';
import { MapPanel } from '../features/orgmap/index.ts';
import { OpportunitiesPanel } from '../features/opportunities/index.ts';
import { PeoplePanel } from '../features/people/index.ts';
import {
  accountQueries,
  AccountFormDrawer,
  AccountProfile,
  ArchiveAccountButton,
  FunnelStageBadge,
  GradeBadge,
} from '../features/accounts/index.ts';
import { BackButton } from '../ui/BackButton.tsx';
import { EraseMenuItem, useErase } from '../features/erasure/index.ts';
import { ExportPackageMenuItem } from '../features/accountPackage/index.ts';
import { AccountGradingBadges, AccountGradingPanel } from '../features/scoring/index.ts';

const isTab = (value: string | null): value is AccountTab => ACCOUNT_TABS.some((t) => t === value);

/** One account: its header and actions, then profile, people, opportunities and the map in tabs. */
export function AccountPage({
  id,
  tab,
  personId,
}: {
  id: string;
  tab: AccountTab;
  personId?: string;
}) {
  const { t } = useTranslation();
  const account = useQuery(accountQueries.detail(id));
  const drawer = useDrawerTarget<Account | 'new'>();

  const back = (
    <BackButton label={t('common.backToList')} onClick={() => navigate({ name: 'accounts' })} />
  );

  if (account.isPending) return <LoadingState />;
  if (account.isError) {
    return (
      <Page>
        <Group>{back}</Group>
        <ErrorState
          error={account.error}
          onRetry={() => void account.refetch()}
          title={t('errors.loadTitle')}
        />
      </Page>
    );
  }
  const a = account.data;
  const meta = [
    a.industry,
    a.region,
    a.owner && t('accounts.ownerLine', { owner: a.owner }),
  ].filter(Boolean);

  return (
    <Page>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          {back}
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={1} fz={22}>
                {a.name}
              </Title>
              {a.grade && <GradeBadge grade={a.grade} />}
              <FunnelStageBadge stage={a.funnelStage} />
              {a.archived && (
                <Badge color="gray" variant="filled">
                  {t('common.archived')}
                </Badge>
              )}
            </Group>
            <AccountGradingBadges accountId={a.id} />
            {meta.length > 0 && (
              <Text size="sm" c="dimmed">
                {meta.join(' · ')}
              </Text>
            )}
          </Stack>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Button
            variant="default"
            leftSection={<IconPencil size={16} />}
            onClick={() => drawer.open(a)}
          >
            {t('common.edit')}
          </Button>
          <ArchiveAccountButton account={a} />
          <AccountActionsMenu account={a} />
        </Group>
      </Group>

      <Tabs
        value={tab}
        onChange={(next) =>
          isTab(next) && navigate({ name: 'account', id, tab: next }, { replace: true })
        }
        keepMounted={false}
        flex={1}
        mih={0}
        style={{ display: 'flex', flexDirection: 'column' }}
      >
        <Tabs.List aria-label={t('accounts.tabs.label')}>
          <Tabs.Tab value="profile" leftSection={<IconId size={16} />}>
            {t('accounts.tabs.profile')}
          </Tabs.Tab>
          <Tabs.Tab value="people" leftSection={<IconUsers size={16} />}>
            {t('accounts.tabs.people')}
          </Tabs.Tab>
          <Tabs.Tab value="opportunities" leftSection={<IconBriefcase size={16} />}>
            {t('accounts.tabs.opportunities')}
          </Tabs.Tab>
          <Tabs.Tab value="activities" leftSection={<IconCalendarEvent size={16} />}>
            {t('activities.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="map" leftSection={<IconHierarchy2 size={16} />}>
            {t('orgmap.tab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile" style={{ overflow: 'auto' }} flex={1}>
          <AccountProfile account={a} />
          <AccountGradingPanel accountId={a.id} />
        </Tabs.Panel>
        <Tabs.Panel
          value="people"
          flex={1}
          mih={0}
          pt="md"
          style={{ display: 'flex', flexDirection: 'column' }}
        >
          <PeoplePanel accountId={a.id} accountName={a.name} openPersonId={personId} />
        </Tabs.Panel>
        <Tabs.Panel
          value="opportunities"
          flex={1}
          mih={0}
          pt="md"
          style={{ display: 'flex', flexDirection: 'column' }}
        >
          <OpportunitiesPanel accountId={a.id} accountName={a.name} />
        </Tabs.Panel>
        <Tabs.Panel value="activities" flex={1} mih={0} pt="md" style={{ overflowY: 'auto' }}>
          <ActivitiesPanel accountId={a.id} exportName={a.name} />
        </Tabs.Panel>
        <Tabs.Panel
          value="map"
          flex={1}
          mih={0}
          pt="sm"
          style={{ display: 'flex', flexDirection: 'column' }}
        >
          <MapPanel accountId={a.id} />
        </Tabs.Panel>
      </Tabs>

      <AccountFormDrawer drawer={drawer} />
    </Page>
  );
}

/** The account's less frequent actions: import its people, share it as a package, erase it. */
function AccountActionsMenu({ account: a }: { account: Account }) {
  const { t } = useTranslation();
  const erase = useErase({
    target: { kind: 'account', id: a.id, name: a.name },
    onErased: () => navigate({ name: 'accounts' }, { replace: true }),
  });
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Tooltip label={t('common.moreActions')}>
            <ActionIcon variant="default" size="lg" aria-label={t('common.moreActions')}>
              <IconDots size={18} />
            </ActionIcon>
          </Tooltip>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            component="a"
            href={route.href({ name: 'import', recordType: 'people', accountId: a.id })}
            leftSection={<IconFileImport size={16} />}
          >
            {t('imports.importPeople')}
          </Menu.Item>
          <ExportPackageMenuItem accountId={a.id} />
          <Menu.Divider />
          <EraseMenuItem onClick={erase.open} />
        </Menu.Dropdown>
      </Menu>
      {erase.dialog}
    </>
  );
}
