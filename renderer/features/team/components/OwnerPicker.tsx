import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { teamNameKey } from '../../../../shared/team.ts';
import { teamQueries } from '../api/teamQueries.ts';

// The "add" option's value: no member name starts with a control character.
const ADD = '\u0001add:';

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

  const data = useMemo(() => {
    const members = team.data?.items ?? [];
    const options = members
      .filter((m) => !m.archived || m.name === value)
      .map((m) => ({
        value: m.name,
        label: m.archived ? t('team.picker.archived', { name: m.name }) : m.name,
      }));
    // A name saved before it was a member, or typed just now: shown as it is.
    if (value !== '' && !options.some((o) => o.value === value)) {
      options.push({ value, label: value });
    }
    const typed = search.trim();
    const known = new Set(members.map((m) => teamNameKey(m.name)));
    // The search shows the picked option's label once picked: that is no new name.
    const pickedLabel = options.find((o) => o.value === value)?.label;
    if (typed !== '' && typed !== pickedLabel && !known.has(teamNameKey(typed))) {
      options.push({ value: `${ADD}${typed}`, label: t('team.picker.add', { name: typed }) });
    }
    return options;
  }, [team.data, value, search, t]);

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
