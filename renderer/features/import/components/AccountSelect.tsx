import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { accountQueries } from '../../accounts/index.ts';

type Props = {
  value: string | null;
  onChange: (accountId: string | null) => void;
  error?: string | undefined;
};

/** The account every row of the file goes to, searched by name among the open accounts. */
export function AccountSelect({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const accounts = useQuery(accountQueries.list(false));
  return (
    <Select
      label={t('imports.what.account')}
      description={t('imports.what.accountHint')}
      placeholder={t('imports.what.accountPlaceholder')}
      nothingFoundMessage={t('imports.what.nothingFound')}
      data={(accounts.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
      value={value}
      onChange={onChange}
      searchable
      clearable
      error={error}
      maw={420}
    />
  );
}
