import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { numberOrNull } from '../../../ui/form/nullableNumberProps.ts';
import type { DealEvaluation } from '../../../../shared/evaluation.ts';
import { EVALUATION_FACTORS, type EvaluationFactor } from '../../../../shared/scoring.ts';
import { route } from '../../../routes/route.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { scoringQueries } from '../api/scoringQueries.ts';
import { useSaveEvaluation } from '../api/useScoringSaves.ts';
import { fieldErrors, noErrors, type FieldErrors } from '../utils/fieldErrors.ts';
import { QuadrantBadge } from './QuadrantBadge.tsx';

type Draft = {
  scores: Record<EvaluationFactor, number | string>;
  attractiveness: number | string;
  feasibility: number | string;
  note: string;
};

const toDraft = (e: DealEvaluation): Draft => ({
  scores: Object.fromEntries(EVALUATION_FACTORS.map((f) => [f, e.scores[f] ?? ''])) as Record<
    EvaluationFactor,
    number | string
  >,
  attractiveness: e.attractiveness ?? '',
  feasibility: e.feasibility ?? '',
  note: e.note,
});

// An empty input clears the score; anything else goes to the server as typed (numberOrNull),
// which refuses what is not a whole number 1–10 (the input does not clamp silently).

/** The deal's evaluation sheet (DOMAIN.md §4): factor scores, weighted total, win position. */
export function EvaluationTab({ opportunityId }: { opportunityId: string }) {
  const evaluation = useQuery(scoringQueries.evaluation(opportunityId));
  if (evaluation.isPending) return <LoadingState />;
  if (evaluation.isError) {
    return <ErrorState error={evaluation.error} onRetry={() => void evaluation.refetch()} />;
  }
  // A new version (saved here or elsewhere) starts the form again from what is stored.
  return <EvaluationSheet key={evaluation.data.version} evaluation={evaluation.data} />;
}

function EvaluationSheet({ evaluation: e }: { evaluation: DealEvaluation }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [draft, setDraft] = useState<Draft>(() => toDraft(e));
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const weightSum = EVALUATION_FACTORS.reduce((n, f) => n + e.weights[f], 0);

  const save = useSaveEvaluation();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors(noErrors);
    const scores = Object.fromEntries(
      EVALUATION_FACTORS.map((f) => [f, numberOrNull(draft.scores[f])]),
    ) as Record<EvaluationFactor, number | null>;
    save.mutate(
      {
        opportunityId: e.opportunityId,
        version: e.version,
        scores,
        attractiveness: numberOrNull(draft.attractiveness),
        feasibility: numberOrNull(draft.feasibility),
        note: draft.note,
      },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('scoring.deal.saved') }),
        onError: (error) =>
          setErrors(
            fieldErrors(t, error, (path) =>
              [
                'attractiveness',
                'feasibility',
                'note',
                ...EVALUATION_FACTORS.map((f) => `scores.${f}`),
              ].includes(path),
            ),
          ),
      },
    );
  };

  const scoreInput = (
    label: string,
    value: number | string,
    onChange: (v: number | string) => void,
    error: string | undefined,
    description?: string,
  ) => (
    <NumberInput
      label={label}
      description={description}
      value={value}
      onChange={onChange}
      min={1}
      max={10}
      clampBehavior="none"
      allowDecimal={false}
      error={error}
      w={description ? undefined : 110}
    />
  );

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" pb="md">
      <Paper withBorder radius="md" p="md">
        <form onSubmit={submit} aria-label={t('scoring.deal.tab')}>
          <Stack gap="sm">
            <div>
              <Title order={3} fz="md">
                {t('scoring.deal.factorsTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('scoring.deal.factorsHint')}
              </Text>
            </div>
            <Stack gap={6}>
              {EVALUATION_FACTORS.map((f) => (
                <Group key={f} justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={0}>
                    <Text size="sm">{t(`scoring.factors.${f}`)}</Text>
                    <Text size="xs" c="dimmed">
                      {t('scoring.deal.weightOf', {
                        weight: fmt.percent(weightSum > 0 ? (e.weights[f] / weightSum) * 100 : 0),
                      })}
                    </Text>
                  </Stack>
                  <NumberInput
                    aria-label={t(`scoring.factors.${f}`)}
                    value={draft.scores[f]}
                    onChange={(v) => setDraft((d) => ({ ...d, scores: { ...d.scores, [f]: v } }))}
                    min={1}
                    max={10}
                    clampBehavior="none"
                    allowDecimal={false}
                    error={errors.byPath[`scores.${f}`]}
                    w={160}
                  />
                </Group>
              ))}
            </Stack>
            <Title order={3} fz="md" mt="sm">
              {t('scoring.deal.winTitle')}
            </Title>
            <SimpleGrid cols={2}>
              {scoreInput(
                t('scoring.deal.attractiveness'),
                draft.attractiveness,
                (v) => setDraft((d) => ({ ...d, attractiveness: v })),
                errors.byPath.attractiveness,
                t('scoring.deal.attractivenessHint'),
              )}
              {scoreInput(
                t('scoring.deal.feasibility'),
                draft.feasibility,
                (v) => setDraft((d) => ({ ...d, feasibility: v })),
                errors.byPath.feasibility,
                t('scoring.deal.feasibilityHint'),
              )}
            </SimpleGrid>
            <Textarea
              label={t('scoring.deal.note')}
              value={draft.note}
              onChange={(event) => {
                const note = event.currentTarget.value;
                setDraft((d) => ({ ...d, note }));
              }}
              error={errors.byPath.note}
              autosize
              minRows={2}
            />
            {errors.general && (
              <Alert color="red" title={t('errors.saveTitle')}>
                {errors.general}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('scoring.deal.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <EvaluationSummary evaluation={e} />
    </SimpleGrid>
  );
}

function EvaluationSummary({ evaluation: e }: { evaluation: DealEvaluation }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-label={t('scoring.deal.total')}
      style={{ alignSelf: 'start' }}
    >
      <Stack gap="sm">
        <Text c="dimmed" size="sm">
          {t('scoring.deal.total')}
        </Text>
        <Text fz={32} fw={700} data-testid="evaluation-total">
          {e.score === null
            ? t('scoring.deal.notScored')
            : t('scoring.deal.totalValue', { score: fmt.decimal(e.score) })}
        </Text>
        <Text size="sm" c={e.missing.length > 0 ? 'orange.8' : 'teal.8'}>
          {e.missing.length > 0
            ? t('scoring.deal.unscored', {
                factors: e.missing.map((f) => t(`scoring.factors.${f}`)).join(', '),
              })
            : t('scoring.deal.allScored')}
        </Text>
        <Table withRowBorders={false} verticalSpacing={2}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">{t('scoring.deal.attractiveness')}</Table.Th>
              <Table.Td>{e.attractiveness ?? t('common.empty')}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('scoring.deal.feasibility')}</Table.Th>
              <Table.Td>{e.feasibility ?? t('common.empty')}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('scoring.deal.position')}</Table.Th>
              <Table.Td>
                {e.quadrant ? (
                  <QuadrantBadge quadrant={e.quadrant} />
                ) : (
                  <Badge color="gray" variant="light">
                    {t('scoring.quadrant.notPositioned')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Text size="sm" c="dimmed">
          {e.quadrant ? t(`scoring.quadrantHints.${e.quadrant}`) : t('scoring.deal.notPositioned')}
        </Text>
        <Anchor href={route.href({ name: 'evaluation' })} size="sm">
          {t('scoring.deal.openQuadrant')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
