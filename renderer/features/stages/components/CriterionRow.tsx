import { Checkbox, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionEvidence, EvidenceInput } from '../../../../shared/pipeline.ts';
import { DateField } from '../../../ui/form/DateField.tsx';
import { errorText } from '../../../ui/form/errorText.ts';

type Status = { state: 'idle' | 'saving' | 'saved' } | { state: 'error'; message: string };

type Props = {
  stageKey: string;
  criterionKey: string;
  label: string;
  evidence: CriterionEvidence | undefined;
  save: (item: EvidenceInput) => Promise<unknown>;
};

/**
 * One exit criterion: met, the evidence note and its date. Saved as the user edits — the tick at
 * once, the note when the field is left, the date when it changes — with the outcome beside it.
 */
export function CriterionRow({ stageKey, criterionKey, label, evidence, save }: Props) {
  const { t } = useTranslation();
  const [met, setMet] = useState(evidence?.met ?? false);
  const [note, setNote] = useState(evidence?.note ?? '');
  const [date, setDate] = useState<string | null>(evidence?.date ?? null);
  const [status, setStatus] = useState<Status>({ state: 'idle' });

  const persist = (patch: Partial<Pick<EvidenceInput, 'met' | 'note' | 'date'>>) => {
    setStatus({ state: 'saving' });
    save({ stageKey, criterionKey, met, note, date, ...patch }).then(
      () => setStatus({ state: 'saved' }),
      (error: unknown) => setStatus({ state: 'error', message: errorText(t, error) }),
    );
  };

  return (
    <Group align="flex-start" gap="sm" wrap="nowrap" py={4}>
      <Checkbox
        mt={6}
        checked={met}
        aria-label={t('stages.evidence.met', { criterion: label })}
        onChange={(event) => {
          const next = event.currentTarget.checked;
          setMet(next);
          persist({ met: next });
        }}
      />
      <Text size="sm" w={260} mt={4} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <TextInput
        flex={1}
        size="xs"
        value={note}
        placeholder={t('stages.evidence.notePlaceholder')}
        aria-label={t('stages.evidence.note', { criterion: label })}
        onChange={(event) => setNote(event.currentTarget.value)}
        onBlur={() => {
          if (note.trim() !== (evidence?.note ?? '')) persist({ note: note.trim() });
        }}
      />
      <DateField
        size="xs"
        w={140}
        value={date}
        aria-label={t('stages.evidence.date', { criterion: label })}
        onChange={(value) => {
          const next = value === null || value === '' ? null : String(value).slice(0, 10);
          setDate(next);
          persist({ date: next });
        }}
      />
      <Text
        size="xs"
        w={120}
        mt={6}
        role="status"
        c={status.state === 'error' ? 'red' : 'dimmed'}
        style={{ flexShrink: 0 }}
      >
        {status.state === 'saving' && t('stages.evidence.saving')}
        {status.state === 'saved' && t('stages.evidence.saved')}
        {status.state === 'error' && t('stages.evidence.failed', { message: status.message })}
      </Text>
    </Group>
  );
}
