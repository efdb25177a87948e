import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RFM_TIERS } from '../../../../shared/enums.ts';
import type { ScoringSettings } from '../../../../shared/evaluation.ts';
import { EVALUATION_FACTORS, type EvaluationFactor } from '../../../../shared/scoring.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { scoringQueries } from '../api/scoringQueries.ts';
import { useSaveScoringSettings } from '../api/useScoringSaves.ts';
import { fieldErrors, noErrors, type FieldErrors } from '../utils/fieldErrors.ts';

// Inputs keep what was typed (no clamping); the server refuses what is out of range and the
// message appears at the field. An emptied input is sent as missing, which reads "required".
const asNumber = (v: number | string) => (v === '' ? undefined : Number(v)) as number;

function Loaded({ children }: { children: (settings: ScoringSettings) => ReactNode }) {
  const settings = useQuery(scoringQueries.settings());
  if (settings.isPending) return <LoadingState />;
  if (settings.isError) {
    return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  }
  return <>{children(settings.data)}</>;
}

/** The weight of each opportunity-evaluation factor (DOMAIN.md §4). */
export function EvaluationWeightsSetting() {
  return <Loaded>{(s) => <WeightsForm settings={s} />}</Loaded>;
}

function WeightsForm({ settings }: { settings: ScoringSettings }) {
  const { t } = useTranslation();
  const [weights, setWeights] = useState<Record<EvaluationFactor, number | string>>(
    settings.evaluationWeights,
  );
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const save = useSaveScoringSettings();
  const sum = EVALUATION_FACTORS.reduce((n, f) => n + (Number(weights[f]) || 0), 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors(noErrors);
    const evaluationWeights = Object.fromEntries(
      EVALUATION_FACTORS.map((f) => [f, asNumber(weights[f])]),
    ) as Record<EvaluationFactor, number>;
    save.mutate(
      { evaluationWeights },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', message: t('scoring.settings.saved') }),
        onError: (error) =>
          setErrors(
            fieldErrors(t, error, (path) =>
              EVALUATION_FACTORS.some((f) => path === `evaluationWeights.${f}`),
            ),
          ),
      },
    );
  };

  return (
    <form onSubmit={submit} aria-label={t('scoring.settings.evaluationTitle')}>
      <Stack gap="xs">
        <Title order={3} fz="lg">
          {t('scoring.settings.evaluationTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('scoring.settings.evaluationHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {EVALUATION_FACTORS.map((f) => (
            <NumberInput
              key={f}
              label={t(`scoring.factors.${f}`)}
              value={weights[f]}
              onChange={(v) => setWeights((w) => ({ ...w, [f]: v }))}
              clampBehavior="none"
              allowDecimal={false}
              suffix=" %"
              error={errors.byPath[`evaluationWeights.${f}`]}
            />
          ))}
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('scoring.settings.weightsSum', { sum })}
        </Text>
        {errors.general && (
          <Alert color="red" title={t('errors.saveTitle')}>
            {errors.general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('scoring.settings.saveWeights')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** RFM weights (seed 002: R × 4 + F × 8 + M × 8) and the minimum points of each VIP tier. */
export function RfmSetting() {
  return <Loaded>{(s) => <RfmForm settings={s} />}</Loaded>;
}

const VIP_TIERS = RFM_TIERS.filter((tier) => tier !== 'regular');

function RfmForm({ settings }: { settings: ScoringSettings }) {
  const { t } = useTranslation();
  const [weights, setWeights] = useState<Record<'r' | 'f' | 'm', number | string>>(
    settings.rfmWeights,
  );
  const [tiers, setTiers] = useState<Record<'vip1' | 'vip2' | 'vip3', number | string>>(
    settings.rfmTiers,
  );
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const save = useSaveScoringSettings();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors(noErrors);
    save.mutate(
      {
        rfmWeights: { r: asNumber(weights.r), f: asNumber(weights.f), m: asNumber(weights.m) },
        rfmTiers: {
          vip1: asNumber(tiers.vip1),
          vip2: asNumber(tiers.vip2),
          vip3: asNumber(tiers.vip3),
        },
      },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', message: t('scoring.settings.saved') }),
        onError: (error) =>
          setErrors(fieldErrors(t, error, (path) => /^rfm(Weights|Tiers)\.\w+$/.test(path))),
      },
    );
  };

  return (
    <form onSubmit={submit} aria-label={t('scoring.settings.rfmTitle')}>
      <Stack gap="xs">
        <Title order={3} fz="lg">
          {t('scoring.settings.rfmTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('scoring.settings.rfmHint')}
        </Text>
        <SimpleGrid cols={3} spacing="sm">
          {(['r', 'f', 'm'] as const).map((k) => (
            <NumberInput
              key={k}
              label={t(`scoring.settings.${k}Weight`)}
              value={weights[k]}
              onChange={(v) => setWeights((w) => ({ ...w, [k]: v }))}
              clampBehavior="none"
              allowDecimal={false}
              error={errors.byPath[`rfmWeights.${k}`]}
            />
          ))}
          {VIP_TIERS.map((tier) => (
            <NumberInput
              key={tier}
              label={t('scoring.settings.tierMin', { tier: t(`enums.rfmTier.${tier}`) })}
              value={tiers[tier]}
              onChange={(v) => setTiers((s) => ({ ...s, [tier]: v }))}
              clampBehavior="none"
              allowDecimal={false}
              error={errors.byPath[`rfmTiers.${tier}`]}
            />
          ))}
        </SimpleGrid>
        {errors.general && (
          <Alert color="red" title={t('errors.saveTitle')}>
            {errors.general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('scoring.settings.saveRfm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
