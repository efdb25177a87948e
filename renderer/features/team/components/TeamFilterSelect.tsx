import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { teamQueries } from '../api/teamQueries.ts';
import { teamFilterValue, type TeamFilterValue } from '../utils/teamFilterValue.ts';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: TeamFilterValue | null;
  onChange: (value: TeamFilterValue | null) => void;
};

/**
 * The one owner filter of the lists: a team member's deals, or a manager's team (the manager and
 * everyone reporting to them, directly or further down; resolved by the main process).
 */
export function TeamFilterSelect({ value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const team = useQuery(teamQueries.list(false));
  const members = team.data?.items ?? [];
  const managers = members.filter((m) => m.reportCount > 0);
  const data = [
    {
      group: t('team.filter.members'),
      items: members.map((m) => ({
        value: teamFilterValue({ memberId: m.id, includeReports: false }),
        label: m.name,
      })),
    },
    ...(managers.length > 0
      ? [
          {
            group: t('team.filter.teams'),
            items: managers.map((m) => ({
              value: teamFilterValue({ memberId: m.id, includeReports: true }),
              label: t('team.filter.teamOf', { name: m.name }),
            })),
          },
        ]
      : []),
  ];
  return (
    <Select
      label={t('team.filter.label')}
      placeholder={t('team.filter.all')}
      nothingFoundMessage={t('team.filter.nothingFound')}
      {...props}
      data={data}
      // A value the team does not know (yet) shows as no choice rather than as its id.
      value={value}
      onChange={onChange}
      searchable
      clearable
    />
  );
}
