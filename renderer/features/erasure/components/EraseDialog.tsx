import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureCounts } from '../../../../shared/erasure.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { errorText } from '../../../ui/form/errorText.ts';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useInertBackground } from '../../../ui/useInertBackground.ts';
import { erasureQueries, useErase, type ErasureTarget } from '../api/erasure.ts';
import { workspaceQueries } from '../../workspace/index.ts';

type Props = {
  target: ErasureTarget;
  onCancel: () => void;
  /** After the erase: the record no longer exists, so its screen must go. */
  onErased: () => void;
};

// The order the confirmation lists what goes.
const COUNTS: (keyof ErasureCounts)[] = [
  'people',
  'opportunities',
  'committeeMemberships',
  'influenceLines',
  'mapPositions',
  'activities',
  'negotiations',
  'competitorRelations',
  'reportingLines',
  'historyEntries',
  'textMentions',
];

const sameName = (a: string, b: string) => a.normalize('NFC').trim() === b.normalize('NFC').trim();

/**
 * The danger confirmation of an erase: says what will be removed (the server's preview) and is
 * confirmed only by typing the record's name.
 */
export function EraseDialog({ target, onCancel, onErased }: Props) {
  const { t } = useTranslation();
  useInertBackground(true);
  const preview = useQuery(erasureQueries.preview(target));
  const workspace = useQuery(workspaceQueries.info());
  const [typed, setTyped] = useState('');
  const erase = useErase({ onSuccess: onErased });
  const matches = sameName(typed, target.name);
  // A person is the one record erased; an account lists its people among what goes.
  const shown = COUNTS.filter(
    (key) =>
      (preview.data?.counts[key] ?? 0) > 0 && !(target.kind === 'person' && key === 'people'),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (matches && preview.data) erase.mutate({ target, confirmName: typed });
  }

  return (
    <Modal
      opened
      onClose={onCancel}
      title={t('erasure.title', { name: target.name })}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
            <Stack gap={4}>
              <Text size="sm">{t('erasure.warning')}</Text>
              {workspace.data?.backupsDir ? (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {t('erasure.backups', { folder: workspace.data.backupsDir })}
                </Text>
              ) : null}
            </Stack>
          </Alert>
          {preview.isPending ? (
            <LoadingState />
          ) : preview.isError ? (
            <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
          ) : (
            <div>
              <Text size="sm" fw={500}>
                {t('erasure.willRemove')}
              </Text>
              <List size="sm" aria-label={t('erasure.willRemove')}>
                <List.Item>{target.name}</List.Item>
                {shown.map((key) => (
                  <List.Item key={key}>
                    {t(`erasure.counts.${key}`, { count: preview.data.counts[key] })}
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          <TextInput
            label={t('erasure.typeName', { name: target.name })}
            description={t('erasure.typeHint')}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          {erase.isError && (
            <Text size="sm" c="red" role="alert">
              {errorText(t, erase.error)}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color="red"
              disabled={!matches || !preview.data}
              loading={erase.isPending}
            >
              {t('erasure.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
