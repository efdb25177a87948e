import { Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInertBackground } from '../../../ui/useInertBackground.ts';
import { useStageSets } from '../../stages/index.ts';
import type { PendingMove } from './useStageMove.ts';
import { localLabel } from '../../../i18n/localLabel.ts';

type Props = {
  pending: PendingMove | null;
  busy: boolean;
  onConfirm: (note: string) => void;
  onCancel: () => void;
};

/** Lists the exit criteria a move leaves unmet and asks for the reason before moving on. */
export function UnmetCriteriaDialog({ pending, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const opened = pending !== null;
  useInertBackground(opened);
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={t('pipeline.confirm.title')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* Keyed by the move, so a new move starts with an empty reason. */}
      {pending && (
        <ConfirmBody
          key={`${pending.deal.id}:${pending.toStage}`}
          pending={pending}
          busy={busy}
          onConfirm={onConfirm}
          onCancel={onCancel}
        />
      )}
    </Modal>
  );
}

function ConfirmBody({ pending, busy, onConfirm, onCancel }: Props & { pending: PendingMove }) {
  const { t, i18n } = useTranslation();
  const { stageOf, stageLabel } = useStageSets();
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const { deal, toStage, unmet } = pending;
  const missing = tried && note.trim() === '';

  const criterionLabel = (stageKey: string, criterionKey: string) => {
    const criterion = stageOf(deal.stageSetId, stageKey)?.criteria.find(
      (c) => c.key === criterionKey,
    );
    return criterion ? localLabel(criterion, i18n.language) : criterionKey;
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (note.trim() !== '') onConfirm(note.trim());
      }}
    >
      <Stack gap="sm">
        <Text size="sm">
          {t('pipeline.confirm.body', {
            name: deal.name,
            from: stageLabel(deal.stageSetId, deal.stageKey),
            to: stageLabel(deal.stageSetId, toStage),
          })}
        </Text>
        <List size="sm" spacing={4} aria-label={t('pipeline.confirm.title')}>
          {unmet.map((u) => (
            <List.Item key={`${u.stageKey}.${u.criterionKey}`}>
              <Text span size="sm" c="dimmed">
                {stageLabel(deal.stageSetId, u.stageKey)} ·{' '}
              </Text>
              {criterionLabel(u.stageKey, u.criterionKey)}
            </List.Item>
          ))}
        </List>
        <Textarea
          label={t('pipeline.confirm.reason')}
          description={t('pipeline.confirm.reasonHint')}
          // Our own message rather than the browser's bubble: withAsterisk, not `required`.
          withAsterisk
          aria-required
          autosize
          minRows={2}
          maxRows={6}
          maxLength={1000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={missing ? t('pipeline.confirm.reasonRequired') : undefined}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="orange" loading={busy}>
            {t('pipeline.confirm.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
