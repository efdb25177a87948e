import { Alert, Badge, Button, Group, Menu, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_ROW_KINDS,
  type ImportCounts,
  type ImportRowKind,
  type ImportSummary,
} from '../../../../shared/imports.ts';
import { toSupportedLocale } from '../../../../shared/enums.ts';
import { localDay } from '../../../../shared/localDate.ts';
import { errorText } from '../../../ui/form/errorText.ts';
import { errorCode } from '../../../ui/errorCode.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { useTask } from '../../../ui/useTask.ts';
import { importCalls, useCommitImport } from '../api/importApi.ts';
import { saveFile } from '../../../ui/saveFile.ts';
import { PreviewRows } from './PreviewRows.tsx';

type Props = {
  fileName: string;
  preview: { previewId: string; counts: ImportCounts };
  /** Runs the preview again (after the workspace changed under it). */
  onCheckAgain: () => void;
  checking: boolean;
  onCommitted: (summary: ImportSummary) => void;
};

/** The kind shown first: the first one with rows. */
const firstKind = (counts: ImportCounts): ImportRowKind =>
  IMPORT_ROW_KINDS.find((kind) => counts[kind] > 0) ?? 'create';

/** Step 5: what the import would do, row by row, and the import itself. */
export function PreviewStep({ fileName, preview, onCheckAgain, checking, onCommitted }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const { previewId, counts } = preview;
  const [kind, setKind] = useState<ImportRowKind>(() => firstKind(counts));
  const [name, setName] = useState(() =>
    t('imports.preview.defaultName', { file: fileName, date: localDay() }),
  );
  const commit = useCommitImport({ onSuccess: onCommitted });
  const download = useTask((fileFormat: 'csv' | 'xlsx') =>
    // The reasons in the language the user reads them in here.
    importCalls
      .refusedFile({ previewId, format: fileFormat, locale: toSupportedLocale(i18n.language) })
      .then(saveFile),
  );
  const writes = counts.create + counts.update;
  const conflict = commit.isError && errorCode(commit.error) === 'conflict';

  return (
    <Stack gap="md">
      <Tabs value={kind} onChange={(next) => next && setKind(next as ImportRowKind)}>
        <Tabs.List aria-label={t('imports.preview.kindsLabel')}>
          {IMPORT_ROW_KINDS.map((k) => (
            <Tabs.Tab
              key={k}
              value={k}
              rightSection={
                <Badge
                  size="sm"
                  variant="light"
                  color={k === 'refused' && counts[k] > 0 ? 'red' : 'gray'}
                >
                  {format.integer(counts[k])}
                </Badge>
              }
            >
              {t(`imports.preview.kinds.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {IMPORT_ROW_KINDS.map((k) => (
          <Tabs.Panel key={k} value={k} pt="sm">
            {kind === k && <PreviewRows key={previewId} previewId={previewId} kind={k} />}
          </Tabs.Panel>
        ))}
      </Tabs>

      {counts.refused > 0 && (
        <Group gap="sm">
          <Menu position="bottom-start">
            <Menu.Target>
              <Button
                variant="default"
                leftSection={<IconDownload size={16} />}
                loading={download.isPending}
              >
                {t('imports.preview.download')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => download.mutate('csv')}>
                {t('imports.preview.downloadCsv')}
              </Menu.Item>
              <Menu.Item onClick={() => download.mutate('xlsx')}>
                {t('imports.preview.downloadXlsx')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Text size="sm" c="dimmed">
            {t('imports.preview.downloadHint')}
          </Text>
        </Group>
      )}
      {download.isError && (
        <Alert color="red" role="alert">
          {errorText(t, download.error)}
        </Alert>
      )}

      {conflict ? (
        <Alert color="orange" role="alert" title={t('imports.preview.conflictTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('imports.preview.conflict')}</Text>
            <Button variant="default" onClick={onCheckAgain} loading={checking}>
              {t('imports.preview.checkAgain')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        commit.isError && (
          <Alert color="red" role="alert" title={t('errors.saveTitle')}>
            {errorText(t, commit.error)}
          </Alert>
        )
      )}

      {writes === 0 ? (
        <Text size="sm" role="status">
          {t('imports.preview.nothingToImport')}
        </Text>
      ) : (
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('imports.preview.importName')}
            description={t('imports.preview.importNameHint')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            maxLength={200}
            w={360}
          />
          <Button
            onClick={() => commit.mutate({ previewId, name: name.trim() || fileName })}
            loading={commit.isPending}
            disabled={conflict}
          >
            {t('imports.preview.commit', { count: writes, number: format.integer(writes) })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
