import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { teamQueries } from '../api/teamQueries.ts';
import { ADD, ownerOptions } from '../utils/ownerOptions.ts';

type Props = Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange'
> & {
  /** The owner's name; '' (or absent) for none. */
  value?: string;
  onChange: (name: string) => void;
};

/**
 * An owner field: picks a member of our team by name (searchable, clearable), or takes a typed
 * name, which joins the team when the record is saved (the main process adds it).
 */
export function OwnerPicker({ value = '', onChange, ...props }: Props) {
  const { t } = useTranslation();
  const team = useQuery(teamQueries.list(true));
  const [search, setSearch] = useState(value);

  const data = useMemo(
    () =>
      ownerOptions(team.data?.items ?? [], value, search, {
        archived: (name) => t('team.picker.archived', { name }),
        add: (name) => t('team.picker.add', { name }),
      }),
    [team.data, value, search, t],
  );

  return (
    <Select
      placeholder={t('team.picker.placeholder')}
      nothingFoundMessage={t('team.picker.nothingFound')}
      {...props}
      data={data}
      value={value === '' ? null : value}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(picked) => {
        const name = picked?.startsWith(ADD) ? picked.slice(ADD.length) : (picked ?? '');
        onChange(name);
        setSearch(name);
      }}
    />
  );
}
