import {
  Alert,
  Button,
  FileInput,
  Group,
  Progress,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_FILE_BYTES, type ImportFile } from '../../../../shared/imports.ts';
import type { FileReadState } from '../hooks/useFileRead.ts';
import { separatorLabel } from '../utils/labels.ts';

type Props = {
  file: ImportFile | null;
  state: FileReadState;
  onPick: (file: File) => void;
  onSheet: (sheet: string) => void;
  onCancel: () => void;
};

/** Step 1: pick a file (the system's file dialog), watch it being read, see what was found. */
export function FileStep({ file, state, onPick, onSheet, onCancel }: Props) {
  const { t } = useTranslation();
  const reading = state.kind === 'reading';
  return (
    <Stack gap="md" maw={720}>
      <FileInput
        label={t('imports.file.label')}
        description={t('imports.file.hint', { max: MAX_IMPORT_FILE_BYTES / 1024 / 1024 })}
        placeholder={t('imports.file.placeholder')}
        accept=".xlsx,.csv,.txt"
        leftSection={<IconFileSpreadsheet size={16} />}
        onChange={(picked) => picked && onPick(picked)}
        disabled={reading}
        value={null}
      />

      {state.kind === 'reading' && (
        <Stack gap="xs">
          <Text size="sm">{t('imports.file.reading', { name: state.name })}</Text>
          <Group gap="sm" wrap="nowrap">
            <Progress
              value={Math.round(state.progress * 100)}
              flex={1}
              animated
              aria-label={t('imports.file.progress')}
            />
            <Button variant="default" size="xs" onClick={onCancel}>
              {t('imports.file.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
      {state.kind === 'cancelled' && (
        <Text size="sm" c="dimmed" role="status">
          {t('imports.file.cancelled')}
        </Text>
      )}
      {state.kind === 'failed' && (
        <Alert color="red" role="alert" title={t('imports.file.failedTitle', { name: state.name })}>
          <Text size="sm">{state.message}</Text>
          {state.detail && state.detail !== state.message && (
            <Text size="xs" c="dimmed" mt={4}>
              {state.detail}
            </Text>
          )}
        </Alert>
      )}

      {file && !reading && <Detected file={file} onSheet={onSheet} />}
    </Stack>
  );
}

/** What the reader found: format, encoding and separator, sheet, header row, size. */
function Detected({ file, onSheet }: { file: ImportFile; onSheet: (sheet: string) => void }) {
  const { t } = useTranslation();
  const rows: [string, ReactNode][] = [
    [t('imports.file.format'), t(`imports.file.formats.${file.format}`)],
  ];
  if (file.encoding) rows.push([t('imports.file.encoding'), file.encoding.toUpperCase()]);
  if (file.delimiter) rows.push([t('imports.file.separator'), separatorLabel(t, file.delimiter)]);
  if (file.sheets.length === 1 && file.sheet) rows.push([t('imports.file.sheet'), file.sheet]);
  rows.push(
    [t('imports.file.headerRow'), file.headerRow],
    [t('imports.file.rows'), file.rowCount],
    [t('imports.file.columns'), file.headers.length],
  );
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('imports.file.detected', { name: file.fileName })}
      </Text>
      {file.sheets.length > 1 && (
        <Select
          label={t('imports.file.sheet')}
          data={file.sheets}
          value={file.sheet}
          onChange={(sheet) => sheet && sheet !== file.sheet && onSheet(sheet)}
          allowDeselect={false}
          maw={320}
        />
      )}
      <Table
        withTableBorder={false}
        maw={480}
        aria-label={t('imports.file.detected', { name: file.fileName })}
      >
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" fw={500} c="dimmed" w={200}>
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
