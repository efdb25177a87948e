import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../../shared/imports.ts';
import { route, type Route } from '../../../routes/route.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { UndoImportDialog } from './UndoImportDialog.tsx';

type Props = {
  summary: ImportSummary;
  /** The account every row went to, when one was chosen. */
  account: { id: string; name: string } | null;
  onAnother: () => void;
};

/** Where the imported records are shown. */
function recordsRoute(summary: ImportSummary, account: Props['account']): Route {
  if (account) {
    const tab =
      summary.recordType === 'people'
        ? 'people'
        : summary.recordType === 'opportunities'
          ? 'opportunities'
          : summary.recordType === 'activities'
            ? 'activities'
            : 'profile';
    return { name: 'account', id: account.id, tab };
  }
  return summary.recordType === 'opportunities' ? { name: 'opportunities' } : { name: 'accounts' };
}

/** Step 6: what was written, where to see it, and undo. */
export function DoneStep({ summary: initial, account, onAnother }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [summary, setSummary] = useState(initial);
  const [confirming, setConfirming] = useState(false);
  const to = recordsRoute(summary, account);
  const undone = summary.undoneAt !== null;

  return (
    <Stack gap="md" maw={720}>
      <Group gap="sm">
        <IconCircleCheck size={28} color="var(--mantine-color-teal-6)" aria-hidden />
        <Title order={3} fz="lg">
          {t('imports.done.title', { name: summary.name })}
        </Title>
      </Group>
      <Stack gap={2} role="status">
        <Text>
          {t('imports.done.created', {
            count: summary.created,
            number: format.integer(summary.created),
          })}
        </Text>
        <Text>
          {t('imports.done.updated', {
            count: summary.updated,
            number: format.integer(summary.updated),
          })}
        </Text>
      </Stack>
      {undone ? (
        <Alert color="gray" role="status">
          {t('imports.undo.done', { name: summary.name })}
        </Alert>
      ) : (
        <Anchor href={route.href(to)}>
          {to.name === 'account' && account
            ? t('imports.done.openAccount', { name: account.name })
            : to.name === 'opportunities'
              ? t('imports.done.openOpportunities')
              : t('imports.done.openAccounts')}
        </Anchor>
      )}
      <Group gap="sm">
        <Button variant="default" onClick={onAnother}>
          {t('imports.done.another')}
        </Button>
        {!undone && (
          <Button
            variant="default"
            color="red"
            leftSection={<IconArrowBackUp size={16} />}
            onClick={() => setConfirming(true)}
          >
            {t('imports.done.undo')}
          </Button>
        )}
      </Group>
      <UndoImportDialog
        target={confirming ? summary : null}
        onClose={() => setConfirming(false)}
        onUndone={setSummary}
      />
    </Stack>
  );
}
