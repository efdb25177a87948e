import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeChange } from '../../../../shared/committee.ts';
import { ATTITUDES, CONTACT_STRENGTHS, INFLUENCES } from '../../../../shared/enums.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { buyingRoleQueries } from '../api/buyingRoleQueries.ts';
import { useCommitteeChanges } from '../api/coverageQueries.ts';
import { localLabel } from '../../../i18n/localLabel.ts';

type Props = {
  opportunityId: string;
  onSelectPerson: (personId: string) => void;
};

const DEFAULT_DAYS_BACK = 30;

const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

/** "What changed since <date>": who joined or left the committee and whose role or stance moved. */
export function CommitteeChanges({ opportunityId, onSelectPerson }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const [since, setSince] = useState(() =>
    dayjs().subtract(DEFAULT_DAYS_BACK, 'day').format('YYYY-MM-DD'),
  );
  const changes = useCommitteeChanges(opportunityId, since);
  const roles = useQuery(buyingRoleQueries.list());

  const roleLabel = (code: string) => {
    const role = roles.data?.find((r) => r.code === code);
    return role ? localLabel(role, i18n.language) : code;
  };
  const empty = t('committee.coverage.changes.emptyValue');
  const value = (field: CommitteeChange['field'], v: unknown): string => {
    if (v === null || v === undefined) {
      return field === 'influence' ? t('committee.coverage.influenceUnknown') : empty;
    }
    if (field === 'roles' && Array.isArray(v)) {
      return v.length === 0
        ? empty
        : v.map((r) => roleLabel(String(r))).join(t('common.listSeparator'));
    }
    if (field === 'attitude' && isOneOf(ATTITUDES, v)) {
      return t(`committee.enums.attitude.${v}`);
    }
    if (field === 'influence' && isOneOf(INFLUENCES, v)) {
      return t(`committee.enums.influence.${v}`);
    }
    if (field === 'contact' && isOneOf(CONTACT_STRENGTHS, v)) {
      return t(`committee.enums.contact.${v}`);
    }
    if (field === 'attitudeScore' && typeof v === 'number') return v > 0 ? `+${v}` : String(v);
    return String(v);
  };

  return (
    <Stack
      gap="sm"
      component="section"
      aria-label={t('committee.coverage.changes.title', { date: fmt.date(since) })}
    >
      <Group justify="space-between" align="end">
        <Title order={4}>{t('committee.coverage.changes.title', { date: fmt.date(since) })}</Title>
        <DatePickerInput
          label={t('committee.coverage.changes.since')}
          value={since}
          onChange={(date) => {
            if (date) setSince(dayjs(date).format('YYYY-MM-DD'));
          }}
          valueFormat="YYYY-MM-DD"
          maxDate={dayjs().format('YYYY-MM-DD')}
          w={160}
          ariaLabels={{
            previousMonth: t('dates.previousMonth'),
            nextMonth: t('dates.nextMonth'),
            previousYear: t('dates.previousYear'),
            nextYear: t('dates.nextYear'),
            previousDecade: t('dates.previousDecade'),
            nextDecade: t('dates.nextDecade'),
            monthLevelControl: t('dates.monthLevel'),
            yearLevelControl: t('dates.yearLevel'),
          }}
        />
      </Group>
      {changes.isPending ? (
        <LoadingState />
      ) : changes.isError ? (
        <ErrorState error={changes.error} onRetry={() => void changes.refetch()} />
      ) : changes.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('committee.coverage.changes.none')}
        </Text>
      ) : (
        <Table striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('committee.coverage.changes.when')}</Table.Th>
              <Table.Th>{t('committee.coverage.changes.who')}</Table.Th>
              <Table.Th>{t('committee.coverage.changes.what')}</Table.Th>
              <Table.Th>{t('committee.coverage.changes.change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.data.map((c, i) => (
              <Table.Tr key={`${c.at}:${c.personId}:${c.field ?? c.kind}:${i}`}>
                <Table.Td>{fmt.dateTime(c.at)}</Table.Td>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => onSelectPerson(c.personId)}
                  >
                    {c.personName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {c.kind === 'changed' && c.field !== null
                    ? t(`committee.coverage.changes.field.${c.field}`)
                    : t(`committee.coverage.changes.${c.kind === 'removed' ? 'removed' : 'added'}`)}
                </Table.Td>
                <Table.Td>
                  {c.kind === 'changed' &&
                    `${value(c.field, c.before)} → ${value(c.field, c.after)}`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
