import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TeamFilter } from '../../../../shared/team.ts';
import { teamQueries } from '../api/teamQueries.ts';
import { teamFilterOf, teamFilterValue } from '../utils/teamFilterValue.ts';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: TeamFilter | undefined;
  onChange: (filter: TeamFilter | undefined) => void;
};

/**
 * Narrows a list to one team member's deals, or to a manager's team: the manager and everyone
 * reporting to them, directly or further down (resolved by the main process).
 */
export function TeamFilterSelect({ value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const team = useQuery(teamQueries.list(false));
  const members = team.data?.items ?? [];
  const managers = members.filter((m) => m.reportCount > 0);
  const data = [
    {
      group: t('team.filter.teams'),
      items: managers.map((m) => ({
        value: `team:${m.id}`,
        label: t('team.filter.teamOf', { name: m.name }),
      })),
    },
    {
      group: t('team.filter.members'),
      items: members.map((m) => ({ value: `member:${m.id}`, label: m.name })),
    },
  ].filter((g) => g.items.length > 0);
  return (
    <Select
      label={t('team.filter.label')}
      placeholder={t('team.filter.all')}
      {...props}
      data={data}
      value={teamFilterValue(value)}
      onChange={(picked) => onChange(teamFilterOf(picked))}
      searchable
      clearable
    />
  );
}
