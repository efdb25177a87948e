import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconPlayerTrackNext } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdvanceStageInput, PipelineDeal, StageSet } from '../../../../shared/pipeline.ts';
import { stageIndex, unmetCriteria, type CriterionRef } from '../../../../shared/pipelineRules.ts';
import { RpcError } from '../../../api/RpcError.ts';
import { errorCode } from '../../../ui/errorCode.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { pipelineQueries, useAdvanceStage, useSaveEvidence } from '../api/pipelineQueries.ts';
import { useStageSets } from '../api/useStageSets.ts';
import { errorText } from '../../../ui/form/errorText.ts';
import { ProbabilityPanel } from './ProbabilityPanel.tsx';
import { StageTrack } from './StageTrack.tsx';
import { UnmetDialog } from './UnmetDialog.tsx';
import { announceDone } from '../../../data/undoSteps.ts';

/** The deal's stage tracker: stages with evidence, moves, confirmations and probability. */
export function StageTab({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const deal = useQuery(pipelineQueries.deal(opportunityId));
  const { sets, setOf } = useStageSets();

  if (deal.isPending || sets.isPending) return <LoadingState />;
  const failed = deal.error ?? sets.error;
  if (failed) {
    return (
      <ErrorState
        error={failed}
        onRetry={() => void Promise.all([deal.refetch(), sets.refetch()])}
        title={t('errors.loadTitle')}
      />
    );
  }
  if (!deal.data) return <LoadingState />;
  const set = setOf(deal.data.stageSetId);
  if (!set || stageIndex(set, deal.data.stageKey) < 0) {
    return (
      <Alert color="red" title={t('errors.loadTitle')}>
        {t('stages.unknownStage', { stage: deal.data.stageKey })}
      </Alert>
    );
  }
  return <Tracker deal={deal.data} set={set} reload={() => void deal.refetch()} />;
}

type Pending = { toStage: string; unmet: CriterionRef[] };

function Tracker({ deal, set, reload }: { deal: PipelineDeal; set: StageSet; reload: () => void }) {
  const { t } = useTranslation();
  const { stageLabel, setLabel } = useStageSets();
  const save = useSaveEvidence(deal.id).mutateAsync;
  const advance = useAdvanceStage();
  const [pending, setPending] = useState<Pending | null>(null);
  const [stale, setStale] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);

  const current = stageIndex(set, deal.stageKey);
  const next = set.stages[current + 1];
  const label = (key: string) => stageLabel(set.id, key);
  const open = deal.status === 'open';
  const stageProbability = set.stages[current]!.probability;
  // A stale version and unmet criteria have their own prompts; any other failure is shown as is.
  const error =
    advance.error && errorCode(advance.error) !== 'conflict' && !isUnmetRefusal(advance.error)
      ? errorText(t, advance.error)
      : null;

  /** Runs a move or probability change; a stale version asks for a reload, nothing is lost. */
  async function run(input: Omit<AdvanceStageInput, 'id'>, done: () => void) {
    try {
      await advance.mutateAsync({ id: deal.id, ...input });
      done();
    } catch (e) {
      if (errorCode(e) === 'conflict') setStale(true);
      else if (isUnmetRefusal(e)) {
        // Someone met or unticked criteria meanwhile: show the list as the server sees it.
        reload();
        setPending({ toStage: input.toStage, unmet: pending?.unmet ?? [] });
      }
      // Any other failure is shown from the mutation's error (`error` above).
    }
  }

  function move(toStage: string) {
    const unmet = unmetCriteria(set, deal.stageKey, toStage, deal.evidence);
    if (unmet.length > 0) {
      advance.reset();
      setPending({ toStage, unmet });
      return;
    }
    void run({ version: deal.version, toStage }, () => {
      setPicked(null);
      announceDone(t('stages.move.moved', { stage: label(toStage) }));
    });
  }

  function confirm(reason: string) {
    if (!pending) return;
    const { toStage } = pending;
    void run({ version: deal.version, toStage, confirmUnmet: true, confirmNote: reason }, () => {
      setPending(null);
      setPicked(null);
      announceDone(t('stages.move.moved', { stage: label(toStage) }));
    });
  }

  return (
    <Stack gap="md" pb="md">
      {stale && (
        <Alert color="orange" title={t('stages.stale.title')} role="alert">
          <Group justify="space-between">
            <Text size="sm">{t('stages.stale.body')}</Text>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                setStale(false);
                reload();
              }}
            >
              {t('stages.stale.reload')}
            </Button>
          </Group>
        </Alert>
      )}
      {error && !pending && (
        <Alert color="red" role="alert">
          {t('stages.failed', { message: error })}
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {t('stages.setName', { name: setLabel(set) })}
              </Text>
              <Title order={3} fz="lg">
                {t('stages.currentHeading', { stage: label(deal.stageKey) })}
              </Title>
            </Stack>
            <Group gap="sm" align="flex-end">
              {next ? (
                <Button
                  leftSection={<IconPlayerTrackNext size={16} />}
                  disabled={!open || advance.isPending}
                  onClick={() => move(next.key)}
                  aria-label={t('stages.move.nextTo', { stage: label(next.key) })}
                >
                  {t('stages.move.next')}
                </Button>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('stages.move.atLast')}
                </Text>
              )}
              <Select
                w={260}
                label={t('stages.move.pick')}
                placeholder={t('stages.move.pickPlaceholder')}
                data={set.stages
                  .filter((s) => s.key !== deal.stageKey)
                  .map((s) => ({
                    value: s.key,
                    label: `${stageIndex(set, s.key) + 1} · ${label(s.key)}`,
                  }))}
                value={picked}
                onChange={setPicked}
                disabled={!open}
                comboboxProps={{ withinPortal: true }}
              />
              <Button
                variant="default"
                disabled={!open || picked === null || advance.isPending}
                onClick={() => picked && move(picked)}
              >
                {t('stages.move.go')}
              </Button>
            </Group>
          </Group>
          {!open && (
            <Text size="sm" c="dimmed">
              {t('stages.move.notOpen')}
            </Text>
          )}
          <ProbabilityPanel
            key={`${deal.version}`}
            deal={deal}
            stageProbability={stageProbability}
            busy={advance.isPending}
            disabled={!open}
            onSet={(override) =>
              void run(
                { version: deal.version, toStage: deal.stageKey, probabilityOverride: override },
                () => announceDone(t('stages.probability.saved')),
              )
            }
          />
        </Stack>
      </Paper>

      <StageTrack deal={deal} set={set} save={save} />
      <Confirmations deal={deal} set={set} />

      {pending && (
        <UnmetDialog
          set={set}
          toStage={pending.toStage}
          unmet={
            pending.unmet.length > 0
              ? pending.unmet
              : unmetCriteria(set, deal.stageKey, pending.toStage, deal.evidence)
          }
          busy={advance.isPending}
          error={error}
          onConfirm={confirm}
          onCancel={() => {
            setPending(null);
            advance.reset();
          }}
        />
      )}
    </Stack>
  );
}

/** The recorded moves past unmet criteria, newest first, with the reason given. */
function Confirmations({ deal, set }: { deal: PipelineDeal; set: StageSet }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { stageLabel } = useStageSets();
  const list = [...deal.confirmations].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} fz="md" mb="xs">
        {t('stages.confirmations.title')}
      </Title>
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('stages.confirmations.none')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.map((c) => (
            <Text component="li" size="sm" key={c.id}>
              {t('stages.confirmations.line', {
                count: c.unmet.length,
                from: stageLabel(set.id, c.fromStage),
                to: stageLabel(set.id, c.toStage),
                date: fmt.dayOf(c.at),
                note: c.note,
              })}
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

const isUnmetRefusal = (error: unknown): boolean =>
  error instanceof RpcError && error.issues.some((i) => i.code === 'unmet_criteria');
