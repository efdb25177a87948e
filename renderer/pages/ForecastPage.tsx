import { Button, Group, Modal, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCamera } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastGroupBy } from '../../shared/forecast.ts';
import { forecastChannels } from '../../shared/forecast.ts';
import { fromZodIssues } from '../../shared/issues.ts';
import { navigate } from '../routes/navigate.ts';
import { useRoute } from '../routes/useRoute.ts';
import { FORECAST_TABS, type ForecastTab } from '../routes/route.ts';
import { errorText } from '../ui/form/errorText.ts';
import { issueMessage } from '../ui/form/issueMessage.ts';
import { Page } from '../ui/Page.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import {
  knownTeamValue,
  ownersOf,
  TeamFilterSelect,
  teamFilterOf,
  teamQueries,
} from '../features/team/index.ts';
import { useListView } from '../features/uiState/index.ts';
import {
  useTakeSnapshot,
  PipelinePackButton,
  MovementsTab,
  OverviewTab,
  ReviewsTab,
  type TeamScope,
} from '../features/forecast/index.ts';

const NO_FILTERS: { owner: string | null } = { owner: null };
const isTab = (v: string | null): v is ForecastTab =>
  (FORECAST_TABS as readonly (string | null)[]).includes(v);

/** The weekly review: forecast, snapshots and movements, review queue, and the PDF pack. */
export function ForecastPage({ tab }: { tab: ForecastTab }) {
  const { t } = useTranslation();
  const current = useRoute();
  const members = useQuery(teamQueries.list(false)).data?.items;
  // The owner filter (a member or a manager's team): remembered, and in the address.
  const view = useListView('forecast', NO_FILTERS, (f) => ({
    owner: knownTeamValue(f.owner, members),
  }));
  const filter = teamFilterOf(view.filters.owner);
  const chosen = members?.find((m) => m.id === filter?.memberId);
  // One member is an owner name to main; a team is resolved by main, and as names here too for
  // the movements, which are filtered on this side.
  const owner = chosen && !filter?.includeReports ? chosen.name : undefined;
  const teamId = filter?.includeReports ? filter.memberId : undefined;
  const team = useMemo((): TeamScope | undefined => {
    const manager = members?.find((m) => m.id === teamId);
    if (!manager || !members) return undefined;
    const owners = ownersOf({ memberId: manager.id, includeReports: true }, members);
    return { memberId: manager.id, name: manager.name, owners };
  }, [members, teamId]);
  const [groupBy, setGroupBy] = useState<ForecastGroupBy>('quarter');
  const [byOwner, setByOwner] = useState(false);
  const [asOf, setAsOf] = useState<string | null>(null);
  const [quarter, setQuarter] = useState<string | null>(null);
  const [snapshotOpen, setSnapshotOpen] = useState(false);
  const scope = { owner, team, groupBy, byOwner, asOf, quarter };

  return (
    <Page>
      <PageHeader
        title={t('forecast.title')}
        actions={
          <>
            <TeamFilterSelect
              label={null}
              aria-label={t('team.filter.label')}
              placeholder={t('forecast.owner.all')}
              w={220}
              value={view.filters.owner}
              onChange={(value) => view.setFilters({ owner: value })}
            />
            <Button
              variant="default"
              leftSection={<IconCamera size={16} />}
              onClick={() => setSnapshotOpen(true)}
            >
              {t('forecast.snapshot.take')}
            </Button>
            <PipelinePackButton scope={scope} />
          </>
        }
      />
      <Tabs
        value={tab}
        onChange={(next) =>
          isTab(next) &&
          navigate(
            {
              name: 'forecast',
              tab: next,
              ...(current.name === 'forecast' ? { query: current.query } : {}),
            },
            { replace: true },
          )
        }
        keepMounted={false}
        flex={1}
        mih={0}
        style={{ display: 'flex', flexDirection: 'column' }}
      >
        <Tabs.List aria-label={t('forecast.tabsLabel')}>
          <Tabs.Tab value="overview">{t('forecast.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="movements">{t('forecast.tabs.movements')}</Tabs.Tab>
          <Tabs.Tab value="reviews">{t('forecast.tabs.reviews')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" flex={1} mih={0} pt="sm" style={{ overflowY: 'auto' }}>
          <OverviewTab
            owner={owner}
            team={team}
            groupBy={groupBy}
            onGroupBy={setGroupBy}
            byOwner={byOwner}
            onByOwner={setByOwner}
          />
        </Tabs.Panel>
        <Tabs.Panel value="movements" flex={1} mih={0} pt="sm" style={{ overflowY: 'auto' }}>
          <MovementsTab owner={owner} team={team} quarter={quarter} onQuarter={setQuarter} />
        </Tabs.Panel>
        <Tabs.Panel value="reviews" flex={1} mih={0} pt="sm" style={{ overflowY: 'auto' }}>
          <ReviewsTab owner={owner} team={team} asOf={asOf} onAsOf={setAsOf} />
        </Tabs.Panel>
      </Tabs>
      <SnapshotDialog opened={snapshotOpen} onClose={() => setSnapshotOpen(false)} />
    </Page>
  );
}

const noteSchema = forecastChannels['forecast.snapshot'].input.shape.note;

/** Takes a manual snapshot with an optional label; a refused label stores nothing. */
function SnapshotDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const take = useTakeSnapshot();
  const [note, setNote] = useState('');
  // The label refused here, before anything is sent; the server's refusal is the mutation's.
  const [refused, setRefused] = useState<string | null>(null);
  const error = refused ?? (take.error && errorText(t, take.error));
  const close = () => {
    setNote('');
    setRefused(null);
    take.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local = noteSchema.safeParse(note);
    if (!local.success) {
      const issue = fromZodIssues(local.error.issues)[0];
      setRefused(issue ? issueMessage(t, issue) : t('errors.codes.invalid_input'));
      return;
    }
    setRefused(null);
    take.mutate(local.data, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('forecast.snapshot.taken') });
        close();
      },
    });
  };
  return (
    <Modal opened={opened} onClose={close} title={t('forecast.snapshot.dialogTitle')}>
      <form onSubmit={submit} noValidate aria-label={t('forecast.snapshot.dialogTitle')}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('forecast.snapshot.hint')}
          </Text>
          <TextInput
            label={t('forecast.snapshot.label')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={error}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={take.isPending}>
              {t('forecast.snapshot.take')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
