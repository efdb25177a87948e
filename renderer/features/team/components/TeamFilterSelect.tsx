import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TeamFilter } from '../../../../shared/team.ts';
import { teamQueries } from '../api/teamQueries.ts';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: TeamFilter | undefined;
  onChange: (filter: TeamFilter | undefined) => void;
};

/**
 * Narrows a list to a manager's team: the manager and everyone reporting to them, directly or
 * further down (resolved by the main process). One member's deals are the Owner filter's.
 */
export function TeamFilterSelect({ value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const team = useQuery(teamQueries.list(false));
  const managers = (team.data?.items ?? []).filter((m) => m.reportCount > 0);
  return (
    <Select
      label={t('team.filter.label')}
      placeholder={t('team.filter.all')}
      nothingFoundMessage={t('team.filter.noManagers')}
      {...props}
      data={managers.map((m) => ({
        value: m.id,
        label: t('team.filter.teamOf', { name: m.name }),
      }))}
      value={value?.memberId ?? null}
      onChange={(memberId) => onChange(memberId ? { memberId, includeReports: true } : undefined)}
      searchable
      clearable
    />
  );
}
