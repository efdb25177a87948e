import { Select, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_RECORD_TYPES,
  IMPORT_SOURCES,
  type ImportRecordType,
  type ImportSource,
} from '../../../../shared/imports.ts';
import { needsAccount } from '../utils/requiredFields.ts';
import { AccountSelect } from './AccountSelect.tsx';

type Props = {
  recordType: ImportRecordType;
  source: ImportSource;
  accountId: string | null;
  onRecordType: (recordType: ImportRecordType) => void;
  onSource: (source: ImportSource) => void;
  onAccountId: (accountId: string | null) => void;
};

/** Step 2: what the file holds, where it comes from and, for people or deals, whose they are. */
export function WhatStep(props: Props) {
  const { t } = useTranslation();
  const { recordType, source, accountId } = props;
  return (
    <Stack gap="md" maw={720}>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="import-record-type">
          {t('imports.what.recordType')}
        </Text>
        <SegmentedControl
          aria-labelledby="import-record-type"
          data={IMPORT_RECORD_TYPES.map((type) => ({
            value: type,
            label: t(`imports.what.recordTypes.${type}`),
          }))}
          value={recordType}
          onChange={(value) => props.onRecordType(value as ImportRecordType)}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
      <Select
        label={t('imports.what.source')}
        description={t('imports.what.sourceHint')}
        data={IMPORT_SOURCES.map((s) => ({ value: s, label: t(`imports.what.sources.${s}`) }))}
        value={source}
        onChange={(value) => value && props.onSource(value as ImportSource)}
        allowDeselect={false}
        maw={420}
      />
      {needsAccount(recordType) && <AccountSelect value={accountId} onChange={props.onAccountId} />}
    </Stack>
  );
}
