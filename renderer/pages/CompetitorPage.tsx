import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconCircleCheck, IconPencil, IconRestore } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competitor, CompetitorDetail } from '../../shared/competition.ts';
import { OPPORTUNITY_STATUSES, type OpportunityStatus } from '../../shared/enums.ts';
import { navigate } from '../routes/navigate.ts';
import { route } from '../routes/route.ts';
import { BackButton } from '../ui/BackButton.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { errorCode } from '../ui/errorCode.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { Page } from '../ui/Page.tsx';
import { useDrawerTarget } from '../ui/useDrawerTarget.ts';
import { useFormatters } from '../ui/useFormatters.ts';
import { StatusBadge } from '../features/opportunities/index.ts';
import {
  competitionQueries,
  useSaveCompetitor,
  CompetitorFormDrawer,
  VerifiedLine,
  VerifyDialog,
} from '../features/competition/index.ts';

const isStatus = (s: string): s is OpportunityStatus =>
  (OPPORTUNITY_STATUSES as readonly string[]).includes(s);

/** One competitor: every field, how fresh it is, our record against them and their deals. */
export function CompetitorPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const competitor = useQuery(competitionQueries.detail(id));
  const drawer = useDrawerTarget<Competitor | 'new'>();
  const save = useSaveCompetitor();
  const [verifying, setVerifying] = useState(false);
  const [archiving, setArchiving] = useState(false);

  const back = (
    <BackButton
      label={t('competition.detail.backToList')}
      onClick={() => navigate({ name: 'competitors' })}
    />
  );
  if (competitor.isPending) return <LoadingState />;
  if (competitor.isError) {
    return (
      <Page>
        <Group>{back}</Group>
        <ErrorState
          error={competitor.error}
          onRetry={() => void competitor.refetch()}
          title={t('errors.loadTitle')}
        />
      </Page>
    );
  }
  const c = competitor.data;

  const toggleArchive = () =>
    save.mutate(
      { id: c.id, version: c.version, archived: !c.archived },
      {
        // The app's toast says it, with Undo (renderer/app/UndoRedo.tsx).
        onSuccess: () => setArchiving(false),
        onError: (error) => {
          setArchiving(false);
          notifications.show({ color: 'red', message: t(`errors.codes.${errorCode(error)}`) });
        },
      },
    );

  return (
    <Page>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          {back}
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={1} fz={22}>
                {c.name}
              </Title>
              {c.archived && <Badge color="gray">{t('common.archived')}</Badge>}
              {c.priceLevel && (
                <Badge variant="light" tt="none">
                  {t('common.labelled', {
                    label: t('competition.form.fields.priceLevel'),
                    value: t(`enums.priceLevel.${c.priceLevel}`),
                  })}
                </Badge>
              )}
            </Group>
            <Group gap={6}>
              <Text size="sm" c="dimmed">
                {t('common.label', { label: t('competition.detail.lastVerified') })}
              </Text>
              <VerifiedLine competitor={c} />
            </Group>
          </Stack>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Button
            variant="default"
            leftSection={<IconCircleCheck size={16} />}
            onClick={() => setVerifying(true)}
            disabled={c.archived}
          >
            {t('competition.detail.markVerified')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconPencil size={16} />}
            onClick={() => drawer.open(c)}
          >
            {t('common.edit')}
          </Button>
          <Button
            variant="default"
            color={c.archived ? undefined : 'red'}
            leftSection={c.archived ? <IconRestore size={16} /> : <IconArchive size={16} />}
            onClick={() => setArchiving(true)}
          >
            {c.archived ? t('common.restore') : t('common.archive')}
          </Button>
        </Group>
      </Group>

      <Stack gap="md" style={{ overflowY: 'auto' }} pb="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Paper withBorder radius="md" p="md">
            <Title order={3} fz="lg" mb="sm">
              {t('competition.detail.profile')}
            </Title>
            <Stack gap="sm">
              <Fact label={t('competition.form.fields.products')} value={c.products} />
              <Fact label={t('competition.form.fields.strengths')} value={c.strengths} />
              <Fact label={t('competition.form.fields.weaknesses')} value={c.weaknesses} />
              <Fact label={t('competition.form.fields.tactics')} value={c.tactics} />
              <Fact
                label={t('competition.form.fields.referenceCustomers')}
                value={c.referenceCustomers}
              />
              <Fact label={t('competition.form.fields.notes')} value={c.notes} />
            </Stack>
          </Paper>
          <Paper withBorder radius="md" p="md">
            <RecordPanel competitor={c} />
          </Paper>
        </SimpleGrid>
        <Paper withBorder radius="md" p="md">
          <DealsPanel competitor={c} />
        </Paper>
      </Stack>

      <CompetitorFormDrawer drawer={drawer} />
      <VerifyDialog
        opened={verifying}
        onCancel={() => setVerifying(false)}
        onVerify={async (verifiedBy) => {
          await save.mutateAsync({ id: c.id, version: c.version, verifiedBy });
          setVerifying(false);
          notifications.show({ color: 'teal', message: t('competition.verify.notice') });
        }}
      />
      <ConfirmDialog
        opened={archiving}
        title={t(
          c.archived ? 'competition.detail.restoreTitle' : 'competition.detail.archiveTitle',
        )}
        body={t(c.archived ? 'competition.detail.restoreBody' : 'competition.detail.archiveBody', {
          name: c.name,
        })}
        confirmLabel={c.archived ? t('common.restore') : t('common.archive')}
        color={c.archived ? undefined : 'red'}
        busy={save.isPending}
        onConfirm={toggleArchive}
        onCancel={() => setArchiving(false)}
      />
    </Page>
  );
}

function Fact({ label, value }: { label: string; value: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value === '' ? t('common.empty') : value}
      </Text>
    </div>
  );
}

function RecordPanel({ competitor: c }: { competitor: CompetitorDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const r = c.record;
  return (
    <Stack gap="sm" component="section" aria-label={t('competition.detail.recordTitle')}>
      <Title order={3} fz="lg">
        {t('competition.detail.recordTitle')}
      </Title>
      <Group gap="xl">
        <Stat label={t('competition.detail.won')} value={fmt.integer(r.won)} testId="record-won" />
        <Stat
          label={t('competition.detail.lost')}
          value={fmt.integer(r.lost)}
          testId="record-lost"
        />
        <Stat
          label={t('competition.detail.winRate')}
          value={r.winRate === null ? t('common.empty') : fmt.percent(r.winRate * 100)}
          testId="record-win-rate"
        />
      </Group>
      <Text fw={600} size="sm">
        {t('competition.detail.reasonsTitle')}
      </Text>
      {r.topReasons.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('competition.detail.noReasons')}
        </Text>
      ) : (
        <Stack gap={4} component="ol" aria-label={t('competition.detail.reasonsTitle')} p={0} m={0}>
          {r.topReasons.map((reason) => (
            <Group key={reason.reason} component="li" gap="xs" style={{ listStyle: 'none' }}>
              <Badge variant="light" tt="none">
                {t(`enums.winLossReason.${reason.reason}`)}
              </Badge>
              <Text size="sm" c="dimmed">
                {t('competition.detail.reasonCount', { won: reason.won, lost: reason.lost })}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="xl" data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

function DealsPanel({ competitor: c }: { competitor: CompetitorDetail }) {
  const { t } = useTranslation();
  const winner = (d: CompetitorDetail['deals'][number]) => {
    if (d.winner === null) return t('common.empty');
    if (d.winner === 'us') return t('competition.detail.winnerUs');
    if (d.winner === 'none') return t('competition.detail.winnerNone');
    return d.winnerCompetitorId === c.id
      ? t('competition.detail.winnerThem')
      : t('competition.detail.winnerOther');
  };
  return (
    <Stack gap="sm">
      <Title order={3} fz="lg">
        {t('competition.detail.dealsTitle')}
      </Title>
      {c.deals.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('competition.detail.noDeals')}
        </Text>
      ) : (
        <Table aria-label={t('competition.detail.dealsLabel')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('competition.detail.deal')}</Table.Th>
              <Table.Th>{t('competition.detail.account')}</Table.Th>
              <Table.Th>{t('competition.detail.status')}</Table.Th>
              <Table.Th>{t('competition.detail.position')}</Table.Th>
              <Table.Th>{t('competition.detail.winner')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.deals.map((d) => (
              <Table.Tr key={d.opportunityId}>
                <Table.Td>
                  <Anchor
                    size="sm"
                    href={route.href({ name: 'deal', id: d.opportunityId, tab: 'competition' })}
                  >
                    {d.opportunityName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{d.accountName}</Table.Td>
                <Table.Td>
                  {isStatus(d.status) ? <StatusBadge status={d.status} /> : d.status}
                </Table.Td>
                <Table.Td>
                  {d.position ? t(`enums.competitivePosition.${d.position}`) : t('common.empty')}
                </Table.Td>
                <Table.Td>{winner(d)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
