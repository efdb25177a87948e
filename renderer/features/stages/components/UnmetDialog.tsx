import { Button, Group, List, Modal, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageSet } from '../../../../shared/pipeline.ts';
import type { CriterionRef } from '../../../../shared/pipelineRules.ts';
import { useInertBackground } from '../../../ui/useInertBackground.ts';
import { useLocalLabel } from '../../../i18n/localLabel.ts';

type Props = {
  set: StageSet;
  toStage: string;
  unmet: CriterionRef[];
  busy: boolean;
  error: string | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
};

/** Lists the criteria a move leaves unmet, in the UI language, and asks why before moving. */
export function UnmetDialog({ set, toStage, unmet, busy, error, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  useInertBackground(true);
  const label = useLocalLabel();
  const stageName = (key: string) => {
    const s = set.stages.find((x) => x.key === key);
    return s ? label(s) : key;
  };
  const criterionName = (ref: CriterionRef) => {
    const c = set.stages
      .find((s) => s.key === ref.stageKey)
      ?.criteria.find((x) => x.key === ref.criterionKey);
    return c ? label(c) : ref.criterionKey;
  };

  const submit = () => {
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    onConfirm(reason.trim());
  };

  return (
    <Modal
      opened
      onClose={onCancel}
      title={t('stages.confirm.title')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Text size="sm">
        {t('stages.confirm.body', { count: unmet.length, stage: stageName(toStage) })}
      </Text>
      <List size="sm" mt="xs" aria-label={t('stages.confirm.title')}>
        {unmet.map((u) => (
          <List.Item key={`${u.stageKey}.${u.criterionKey}`}>
            {t('stages.confirm.item', {
              stage: stageName(u.stageKey),
              criterion: criterionName(u),
            })}
          </List.Item>
        ))}
      </List>
      <Textarea
        mt="md"
        required
        autosize
        minRows={2}
        label={t('stages.confirm.reason')}
        description={t('stages.confirm.reasonHint')}
        value={reason}
        error={missing && reason.trim() === '' ? t('stages.confirm.reasonRequired') : undefined}
        onChange={(event) => setReason(event.currentTarget.value)}
        data-autofocus
      />
      {error && (
        <Text c="red" size="sm" mt="sm" role="alert">
          {error}
        </Text>
      )}
      <Group justify="flex-end" mt="lg" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button color="orange" loading={busy} onClick={submit}>
          {t('stages.confirm.submit')}
        </Button>
      </Group>
    </Modal>
  );
}
