import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../useFormatters.ts';
import type { CrashDraft } from './crashDraft.ts';

/** "Restore your unsaved draft from …?" above a form that was left unsaved by a crash. */
export function DraftOfferAlert({ draft }: { draft: CrashDraft }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  if (!draft.offer) return null;
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconRestore size={18} />}
      title={t('drafts.label')}
      role="region"
      aria-label={t('drafts.label')}
    >
      <Text size="sm">{t('drafts.offer', { time: fmt.dateTime(draft.offer.savedAt) })}</Text>
      <Group gap="xs" mt="xs">
        <Button size="xs" onClick={draft.restore}>
          {t('drafts.restore')}
        </Button>
        <Button size="xs" variant="default" onClick={draft.clear}>
          {t('drafts.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
