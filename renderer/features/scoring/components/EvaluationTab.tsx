import {
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
import { useTranslation } from 'react-i18next';
import { dealEvaluationSave, type DealEvaluation } from '../../../../shared/evaluation.ts';
import { EVALUATION_FACTORS, type EvaluationFactor } from '../../../../shared/scoring.ts';
import { useReload } from '../../../data/read.ts';
import { route } from '../../../routes/route.ts';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { nullableNumberProps } from '../../../ui/form/nullableNumberProps.ts';
import { useDraftForm } from '../../../ui/form/useDraftForm.ts';
import { zodParser } from '../../../ui/form/zodParser.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { scoringQueries } from '../api/scoringQueries.ts';
import { useSaveEvaluation } from '../api/useScoringSaves.ts';
import { Loaded } from './Loaded.tsx';
import { QuadrantBadge } from './QuadrantBadge.tsx';
import { announceDone } from '../../../data/undoSteps.ts';

const parseSave = zodParser(dealEvaluationSave);

type Values = {
  scores: Record<EvaluationFactor, number | null>;
  attractiveness: number | null;
  feasibility: number | null;
  note: string;
};

const valuesOf = (e: DealEvaluation): Values => ({
  scores: e.scores,
  attractiveness: e.attractiveness,
  feasibility: e.feasibility,
  note: e.note,
});

// An empty input clears the score; what is not a whole number 1–10 is refused at its field
// (the input does not clamp silently).

/** The deal's evaluation sheet (DOMAIN.md §4): factor scores, weighted total, win position. */
export function EvaluationTab({ opportunityId }: { opportunityId: string }) {
  return (
    <Loaded query={scoringQueries.evaluation(opportunityId)}>
      {/* A new version (saved here or elsewhere) starts the form again from what is stored. */}
      {(evaluation) => <EvaluationSheet key={evaluation.version} evaluation={evaluation} />}
    </Loaded>
  );
}

function EvaluationSheet({ evaluation: e }: { evaluation: DealEvaluation }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const reloadQuery = useReload();
  const weightSum = EVALUATION_FACTORS.reduce((n, f) => n + e.weights[f], 0);
  const save = useSaveEvaluation();
  const { form, problem, onSubmit, lengthProps, rangeProps } = useDraftForm({
    initialValues: valuesOf(e),
    schema: dealEvaluationSave,
    parse: (values) => parseSave({ opportunityId: e.opportunityId, version: e.version, ...values }),
  });

  const submit = onSubmit(async (draft) => {
    await save.mutateAsync(draft);
    announceDone(t('scoring.deal.saved'));
  });

  const scoreProps = (field: string) => ({
    ...nullableNumberProps(form.getInputProps(field)),
    ...rangeProps(field),
    clampBehavior: 'none' as const,
    allowDecimal: false,
  });

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" pb="md">
      <Paper withBorder radius="md" p="md">
        <form onSubmit={submit} aria-label={t('scoring.deal.tab')} noValidate>
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
                    {...scoreProps(`scores.${f}`)}
                    aria-label={t(`scoring.factors.${f}`)}
                    w={160}
                  />
                </Group>
              ))}
            </Stack>
            <Title order={3} fz="md" mt="sm">
              {t('scoring.deal.winTitle')}
            </Title>
            <SimpleGrid cols={2}>
              <NumberInput
                {...scoreProps('attractiveness')}
                label={t('scoring.deal.attractiveness')}
                description={t('scoring.deal.attractivenessHint')}
              />
              <NumberInput
                {...scoreProps('feasibility')}
                label={t('scoring.deal.feasibility')}
                description={t('scoring.deal.feasibilityHint')}
              />
            </SimpleGrid>
            <Textarea
              {...form.getInputProps('note')}
              {...lengthProps('note')}
              label={t('scoring.deal.note')}
              autosize
              minRows={2}
            />
            {problem && (
              <FormProblemAlert
                problem={problem}
                onReload={() => void reloadQuery(scoringQueries.evaluation(e.opportunityId))}
              />
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
        <Text size="sm" c={e.missing.length > 0 ? 'orange' : 'teal'}>
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
