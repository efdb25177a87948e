import { Button, Chip, Group, Input, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dealOutcomeRecord,
  type DealCompetitor,
  type DealOutcome,
} from '../../../../shared/competition.ts';
import {
  WIN_LOSS_REASONS,
  type OpportunityStatus,
  type WinLossReason,
} from '../../../../shared/enums.ts';
import { useWrite } from '../../../data/write.ts';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { useDraftForm } from '../../../ui/form/useDraftForm.ts';
import { competitionQueries } from '../api/competitionQueries.ts';
import { useReload } from '../../../data/read.ts';
import { useTask } from '../../../ui/useTask.ts';
import { announceDone } from '../../../data/undoSteps.ts';

type Winner = DealOutcome['winner'];
export type OutcomeDraft = {
  winner: Winner;
  winnerCompetitorId: string | null;
  reasons: WinLossReason[];
  note: string;
};

const schema = dealOutcomeRecord.omit({ opportunityId: true, version: true });

const draftOf = (o: DealOutcome): OutcomeDraft => ({
  winner: o.winner,
  winnerCompetitorId: o.winnerCompetitorId,
  reasons: o.reasons,
  note: o.note,
});

/** What a closed deal's status suggests before anything is recorded. */
const defaultWinner = (status: OpportunityStatus): Winner =>
  status === 'won' ? 'us' : status === 'lost' ? 'competitor' : 'none';

type Props = {
  opportunityId: string;
  status: OpportunityStatus;
  saved: DealOutcome | null;
  dealCompetitors: DealCompetitor[];
};

/** Who won a closed deal and why; the competitor pages roll these up into win rates. */
export function OutcomeSection({ opportunityId, status, saved, dealCompetitors }: Props) {
  const { t } = useTranslation();
  const reloadQuery = useReload();
  const [record, setRecord] = useState(saved);
  const only = dealCompetitors.length === 1 ? (dealCompetitors[0]?.competitorId ?? null) : null;
  const { form, problem, onSubmit, reload } = useDraftForm({
    initialValues: saved
      ? draftOf(saved)
      : {
          winner: defaultWinner(status),
          winnerCompetitorId: status === 'lost' ? only : null,
          reasons: [],
          note: '',
        },
    schema,
  });
  const save = useWrite(async (draft: OutcomeDraft, { write, cache }) => {
    const next = await write('outcomes.record', {
      opportunityId,
      ...(record ? { version: record.version } : {}),
      ...draft,
      winnerCompetitorId: draft.winner === 'competitor' ? draft.winnerCompetitorId : null,
    });
    cache.put(competitionQueries.outcome(opportunityId), () => next);
    return next;
  });

  const submit = onSubmit(async (draft) => {
    const next = await save.mutateAsync(draft);
    setRecord(next);
    reload(draftOf(next));
    announceDone(t('competition.outcome.savedNotice'));
  });

  // After a conflict: the stored record, read again, replaces the draft.
  const reloadRecord = useTask(() => reloadQuery(competitionQueries.outcome(opportunityId)), {
    onSuccess: (fresh) => {
      setRecord(fresh);
      if (fresh) reload(draftOf(fresh));
    },
  });

  const winnerProps = form.getInputProps('winner');
  const reasonsError = form.errors['reasons'];

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('competition.outcome.hint')}
        </Text>
        {problem && (
          <FormProblemAlert
            problem={problem}
            onReload={() => reloadRecord.mutate()}
            reloading={reloadRecord.isPending}
          />
        )}
        <Radio.Group
          {...winnerProps}
          label={t('competition.outcome.winner')}
          onChange={(value) => form.setFieldValue('winner', value as Winner)}
        >
          <Group gap="lg" mt={6}>
            <Radio value="us" label={t('competition.outcome.winnerUs')} />
            <Radio value="competitor" label={t('competition.outcome.winnerCompetitor')} />
            <Radio value="none" label={t('competition.outcome.winnerNone')} />
          </Group>
        </Radio.Group>
        {form.values.winner === 'competitor' && (
          <Select
            {...form.getInputProps('winnerCompetitorId')}
            label={t('competition.outcome.winnerCompetitorId')}
            data={dealCompetitors.map((d) => ({ value: d.competitorId, label: d.competitorName }))}
            description={
              dealCompetitors.length === 0 ? t('competition.outcome.noCompetitors') : undefined
            }
            clearable
            maw={360}
          />
        )}
        <Input.Wrapper label={t('competition.outcome.reasons')} error={reasonsError}>
          <Chip.Group
            multiple
            value={form.values.reasons}
            onChange={(value) => form.setFieldValue('reasons', value as WinLossReason[])}
          >
            <Group gap={6} mt={6} role="group" aria-label={t('competition.outcome.reasons')}>
              {WIN_LOSS_REASONS.map((r) => (
                <Chip key={r} value={r} size="sm" variant="outline">
                  {t(`enums.winLossReason.${r}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Input.Wrapper>
        <Textarea
          {...form.getInputProps('note')}
          label={t('competition.outcome.note')}
          autosize
          minRows={2}
          maxRows={6}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('competition.outcome.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
