import { Anchor, Button, EmptyState, Group, Stack, Table, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconPlus, IconScale } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { NegotiationCreate } from '../../../../shared/negotiation.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { negotiationQueries } from '../api/negotiationQueries.ts';
import { useDealContext } from '../api/useDealContext.ts';
import { useCreateNegotiation } from '../api/useNegotiationMutations.ts';
import { SheetEditor } from '../editor/SheetEditor.tsx';
import { useNegotiationT } from '../i18n/useNegotiationT.ts';
import { useRead } from '../../../data/read.ts';

/**
 * The deal's negotiation sheets, one per meeting round, and the one open in the editor
 * (`initialSheetId`: opened from search).
 */
export function NegotiationTab({
  opportunityId,
  initialSheetId,
}: {
  opportunityId: string;
  initialSheetId?: string;
}) {
  const { t } = useNegotiationT();
  const fmt = useFormatters();
  const list = useQuery(negotiationQueries.list(opportunityId));
  const create = useCreateNegotiation();
  const read = useRead();
  const deal = useDealContext(opportunityId);
  const [openId, setOpenId] = useState<string | null>(initialSheetId ?? null);

  if (openId) {
    return <OpenSheet id={openId} deal={deal} onClose={() => setOpenId(null)} />;
  }
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const sheets = list.data;

  // The latest round: by meeting date, then by last change.
  const latest = [...sheets]
    .sort((a, b) =>
      (a.meetingDate ?? '') === (b.meetingDate ?? '')
        ? a.updatedAt.localeCompare(b.updatedAt)
        : (a.meetingDate ?? '').localeCompare(b.meetingDate ?? ''),
    )
    .at(-1);

  const newSheet = (from?: Omit<NegotiationCreate, 'opportunityId' | 'title'>) => {
    const today = dayjs().format('YYYY-MM-DD');
    const title = t('list.defaultTitle', { round: sheets.length + 1, date: fmt.date(today) });
    create.mutate(
      { ...from, opportunityId, title, meetingDate: null },
      {
        onSuccess: (sheet) => setOpenId(sheet.id),
        onError: () => notifications.show({ color: 'red', message: t('list.createFailed') }),
      },
    );
  };

  /** Round n+1 starts from round n's plan; the agenda, ticks and outcome are the new meeting's. */
  const continueLast = async () => {
    if (!latest) return;
    try {
      const prev = await read(negotiationQueries.sheet(latest.id));
      const onCommittee = new Set(deal.members?.map((m) => m.personId));
      newSheet({
        objectives: prev.objectives,
        ourBatna: prev.ourBatna,
        theirBatna: prev.theirBatna,
        issues: prev.issues,
        concessions: prev.concessions,
        attendees: prev.attendees.filter(
          (a) => a.side === 'ours' || (a.personId !== null && onCommittee.has(a.personId)),
        ),
        risks: prev.risks,
      });
    } catch {
      notifications.show({ color: 'red', message: t('list.createFailed') });
    }
  };

  return (
    <Stack gap="sm" component="section" aria-label={t('list.label')}>
      <Group justify="space-between">
        <Title order={3}>{t('list.label')}</Title>
        <Group gap="xs">
          {latest && (
            <Tooltip label={t('list.continueHint', { title: latest.title })} multiline w={280}>
              <Button
                variant="default"
                leftSection={<IconCopy size={16} />}
                onClick={() => void continueLast()}
                disabled={create.isPending || !deal.members}
              >
                {t('list.continueLast')}
              </Button>
            </Tooltip>
          )}
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => newSheet()}
            loading={create.isPending}
          >
            {t('list.newSheet')}
          </Button>
        </Group>
      </Group>
      {sheets.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconScale size={28} />}
          withIndicatorBackground
          title={t('list.emptyTitle')}
          description={t('list.emptyBody')}
        />
      ) : (
        <Table highlightOnHover aria-label={t('list.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.title')}</Table.Th>
              <Table.Th>{t('list.meetingDate')}</Table.Th>
              <Table.Th>{t('list.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sheets.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => setOpenId(s.id)}>
                    {s.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{s.meetingDate ? fmt.date(s.meetingDate) : t('list.noDate')}</Table.Td>
                <Table.Td>{fmt.dateTime(s.updatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function OpenSheet({
  id,
  deal,
  onClose,
}: {
  id: string;
  deal: ReturnType<typeof useDealContext>;
  onClose: () => void;
}) {
  const sheet = useQuery(negotiationQueries.sheet(id));
  if (sheet.isPending) return <LoadingState />;
  if (sheet.isError) return <ErrorState error={sheet.error} onRetry={() => void sheet.refetch()} />;
  return (
    <SheetEditor
      key={sheet.data.id}
      sheet={sheet.data}
      dealName={deal.dealName}
      accountName={deal.accountName}
      members={deal.members}
      onClose={onClose}
    />
  );
}
