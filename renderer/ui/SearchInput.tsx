import { CloseButton, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  ref?: Ref<HTMLInputElement>;
};

/** The quick-search box of a list (a plain textbox named "Search"); Escape clears it. */
export function SearchInput({ value, onChange, placeholder, ref }: Props) {
  const { t } = useTranslation();
  return (
    <TextInput
      ref={ref}
      aria-label={t('common.search')}
      placeholder={placeholder}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && value) {
          event.stopPropagation();
          onChange('');
        }
      }}
      leftSection={<IconSearch size={16} stroke={1.6} />}
      rightSection={
        value ? (
          <CloseButton
            size="sm"
            aria-label={t('common.clearSearch')}
            onClick={() => onChange('')}
          />
        ) : null
      }
      w={320}
    />
  );
}
