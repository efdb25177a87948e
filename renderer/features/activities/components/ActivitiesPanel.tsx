import {
  ActionIcon,
  Badge,
  Button,
  EmptyState,
  Group,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconBuildingFactory2,
  IconCalendarEvent,
  IconMail,
  IconMessages,
  IconPencil,
  IconPhone,
  IconPlus,
  IconPresentation,
  IconToolsKitchen2,
  IconWalk,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityKind } from '../../../../shared/activities.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { ExportMenu } from '../../../ui/ExportMenu.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { committeeQueries } from '../../committee/index.ts';
import { opportunityQueries } from '../../opportunities/index.ts';
import { peopleQueries } from '../../people/index.ts';
import { activityQueries } from '../api/activityQueries.ts';
import { activitiesExportTable } from '../utils/activitiesExportTable.ts';
import { groupByMonth, isOverdue } from '../utils/timeline.ts';
import { ActivityForm } from './ActivityForm.tsx';

const KIND_ICONS: Record<ActivityKind, typeof IconPhone> = {
  call: IconPhone,
  visit: IconWalk,
  technical_exchange: IconMessages,
  demo: IconPresentation,
  dinner: IconToolsKitchen2,
  site_visit: IconBuildingFactory2,
  email: IconMail,
};

type Props = {
  accountId: string;
  opportunityId?: string;
  /** The account's or the deal's name, for the exported file's. */
  exportName: string;
};

/** The timeline of a deal's or an account's activities, newest first by month, and the log form. */
export function ActivitiesPanel({ accountId, opportunityId, exportName }: Props) {
  const { t } = useTranslation();
  const list = useQuery(
    activityQueries.list({ accountId, ...(opportunityId ? { opportunityId } : {}) }),
  );
  const people = useQuery(peopleQueries.list(accountId));
  const deals = useQuery(opportunityQueries.list(accountId));
  const [pickedDeal, setPickedDeal] = useState<string | null>(null);
  // Committee members go first: of this deal, or on the account tab of the deal being picked.
  const committeeDeal = opportunityId ?? pickedDeal;
  const committee = useQuery({
    ...committeeQueries.members(committeeDeal ?? ''),
    enabled: committeeDeal !== null,
  });
  const [editing, setEditing] = useState<Activity | 'new' | null>(null);

  if (list.isPending || people.isPending || deals.isPending) return <LoadingState />;
  const failed = list.error ?? people.error ?? deals.error;
  if (failed) {
    return (
      <ErrorState
        error={failed}
        onRetry={() => void Promise.all([list.refetch(), people.refetch(), deals.refetch()])}
      />
    );
  }
  if (!list.data || !people.data || !deals.data) return <LoadingState />;
  const committeeIds = committeeDeal ? (committee.data?.members ?? []).map((m) => m.personId) : [];
  const nameOf = (id: string) => people.data.find((p) => p.id === id)?.name ?? '—';
  const dealName = opportunityId
    ? undefined
    : (id: string) => deals.data.find((d) => d.id === id)?.name ?? '';

  return (
    <Stack gap="md" pb="md">
      <Group justify="space-between">
        <Title order={3} fz="lg">
          {t('activities.tab')}
        </Title>
        <Group gap="sm">
          <ExportMenu
            name={t('exportList.names.activities', { of: exportName })}
            table={() => activitiesExportTable(list.data, t, { nameOf, dealName })}
          />
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('activities.log')}
          </Button>
        </Group>
      </Group>
      {list.data.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconCalendarEvent />}
          withIndicatorBackground
          title={t('activities.empty')}
          description={t('activities.emptyBody')}
        />
      ) : (
        <Timeline
          activities={list.data}
          nameOf={nameOf}
          dealName={dealName}
          onEdit={(a) => {
            setPickedDeal(a.opportunityId);
            setEditing(a);
          }}
        />
      )}
      {editing && (
        <ActivityForm
          accountId={accountId}
          {...(opportunityId ? { opportunityId } : {})}
          {...(editing === 'new' ? {} : { activity: editing })}
          people={people.data}
          committeeIds={committeeIds}
          {...(opportunityId ? {} : { deals: deals.data, onDealChange: setPickedDeal })}
          onClose={() => {
            setEditing(null);
            setPickedDeal(null);
          }}
        />
      )}
    </Stack>
  );
}

type TimelineProps = {
  activities: Activity[];
  nameOf: (personId: string) => string;
  dealName?: ((opportunityId: string) => string) | undefined;
  onEdit: (activity: Activity) => void;
};

function Timeline({ activities, nameOf, dealName, onEdit }: TimelineProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const monthFormat = useMemo(
    () => new Intl.DateTimeFormat(fmt.locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
    [fmt.locale],
  );
  const today = dayjs().format('YYYY-MM-DD');
  return (
    // A labelled section rather than role="feed": a feed may hold only articles, and the month
    // headings sit between them (axe-core: aria-required-children).
    <Stack gap="lg" component="section" aria-label={t('activities.timelineLabel')}>
      {groupByMonth(activities).map((group) => (
        <Stack gap="xs" key={group.month} component="section">
          <Title order={4} fz="sm" c="dimmed">
            {monthFormat.format(new Date(`${group.month}-01T00:00:00Z`))}
          </Title>
          {group.activities.map((a) => {
            const Icon = KIND_ICONS[a.kind];
            const overdue = isOverdue(a.nextDate, today);
            return (
              <Paper
                withBorder
                radius="md"
                p="sm"
                key={a.id}
                component="article"
                aria-label={`${t(`activities.kinds.${a.kind}`)} ${fmt.date(a.date)}`}
              >
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Group gap="sm" align="flex-start" wrap="nowrap">
                    <ThemeIcon variant="light" size="lg" radius="xl">
                      <Icon size={18} />
                    </ThemeIcon>
                    <Stack gap={4}>
                      <Group gap="xs">
                        <Text fw={600} size="sm">
                          {t(`activities.kinds.${a.kind}`)}
                        </Text>
                        <Text size="sm" c="dimmed">
                          {fmt.date(a.date)}
                        </Text>
                        {a.owner && (
                          <Text size="sm" c="dimmed">
                            · {a.owner}
                          </Text>
                        )}
                        {dealName && a.opportunityId && (
                          <Badge variant="light" size="sm">
                            {t('activities.item.deal', { name: dealName(a.opportunityId) })}
                          </Badge>
                        )}
                      </Group>
                      {a.personIds.length > 0 && (
                        <Text size="sm">
                          <Text span c="dimmed">
                            {t('common.label', { label: t('activities.item.people') })}{' '}
                          </Text>
                          {a.personIds.map(nameOf).join(t('common.listSeparator'))}
                        </Text>
                      )}
                      {a.summary && (
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                          {a.summary}
                        </Text>
                      )}
                      {a.promises && (
                        <Text size="sm">
                          <Text span c="dimmed">
                            {t('common.label', { label: t('activities.item.promises') })}{' '}
                          </Text>
                          {a.promises}
                        </Text>
                      )}
                      {(a.nextStep || a.nextDate) && (
                        <Group gap="xs">
                          <Text size="sm">
                            <Text span c="dimmed">
                              {t('common.label', { label: t('activities.item.nextStep') })}{' '}
                            </Text>
                            {a.nextStep}
                            {a.nextDate &&
                              ` (${t('activities.item.nextDate', { date: fmt.date(a.nextDate) })})`}
                          </Text>
                          {overdue && (
                            <Badge color="red" size="sm">
                              {t('activities.item.overdue')}
                            </Badge>
                          )}
                        </Group>
                      )}
                    </Stack>
                  </Group>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('activities.item.edit', { date: fmt.date(a.date) })}
                    onClick={() => onEdit(a)}
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      ))}
    </Stack>
  );
}
