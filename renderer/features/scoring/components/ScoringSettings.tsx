import { Button, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RFM_TIERS } from '../../../../shared/enums.ts';
import {
  scoringSettingsSave,
  type ScoringSettings,
  type ScoringSettingsSave,
} from '../../../../shared/evaluation.ts';
import { EVALUATION_FACTORS, type EvaluationFactor } from '../../../../shared/scoring.ts';
import type { FormProblem } from '../../../ui/form/FormProblem.ts';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { nullableNumberProps } from '../../../ui/form/nullableNumberProps.ts';
import { useDraftForm } from '../../../ui/form/useDraftForm.ts';
import { scoringQueries } from '../api/scoringQueries.ts';
import { useSaveScoringSettings } from '../api/useScoringSaves.ts';
import { Loaded } from './Loaded.tsx';
import { announceDone } from '../../../data/undoSteps.ts';

// Inputs keep what was typed (no clamping): the contract refuses what is out of range, or
// emptied, with the message at the field.
const numberInput = { clampBehavior: 'none', allowDecimal: false } as const;

/** One group of the scoring settings, saved on its own. */
function SettingsGroupForm(props: {
  title: string;
  hint: string;
  saveLabel: string;
  saving: boolean;
  problem: FormProblem | null;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  return (
    <form onSubmit={props.onSubmit} aria-label={props.title} noValidate>
      <Stack gap="xs">
        <Title order={3} fz="lg">
          {props.title}
        </Title>
        <Text size="sm" c="dimmed">
          {props.hint}
        </Text>
        {props.children}
        {props.problem && <FormProblemAlert problem={props.problem} />}
        <Group>
          <Button type="submit" loading={props.saving}>
            {props.saveLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Saves a group of the settings; the form stays as typed, which is what is stored. */
function useSaveGroup() {
  const { t } = useTranslation();
  const save = useSaveScoringSettings();
  return {
    saving: save.isPending,
    save: async (input: ScoringSettingsSave) => {
      await save.mutateAsync(input);
      announceDone(t('scoring.settings.saved'));
    },
  };
}

// Each form is keyed by the stored values: an undo (or another window) starts it again from them.

/** The weight of each opportunity-evaluation factor (DOMAIN.md §4). */
export function EvaluationWeightsSetting() {
  return (
    <Loaded query={scoringQueries.settings()}>
      {(s) => <WeightsForm key={JSON.stringify(s.evaluationWeights)} settings={s} />}
    </Loaded>
  );
}

type WeightValues = { evaluationWeights: Record<EvaluationFactor, number | null> };

function WeightsForm({ settings }: { settings: ScoringSettings }) {
  const { t } = useTranslation();
  const { save, saving } = useSaveGroup();
  const initialValues: WeightValues = { evaluationWeights: settings.evaluationWeights };
  const { form, problem, onSubmit } = useDraftForm({
    initialValues,
    schema: scoringSettingsSave,
  });
  const weights = form.values.evaluationWeights;
  const sum = EVALUATION_FACTORS.reduce((n, f) => n + (weights[f] ?? 0), 0);

  return (
    <SettingsGroupForm
      title={t('scoring.settings.evaluationTitle')}
      hint={t('scoring.settings.evaluationHint')}
      saveLabel={t('scoring.settings.saveWeights')}
      saving={saving}
      problem={problem}
      onSubmit={onSubmit(({ evaluationWeights }) => save({ evaluationWeights }))}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {EVALUATION_FACTORS.map((f) => (
          <NumberInput
            key={f}
            {...nullableNumberProps(form.getInputProps(`evaluationWeights.${f}`))}
            {...numberInput}
            label={t(`scoring.factors.${f}`)}
            suffix=" %"
          />
        ))}
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t('scoring.settings.weightsSum', { sum })}
      </Text>
    </SettingsGroupForm>
  );
}

/** RFM weights (seed 002: R × 4 + F × 8 + M × 8) and the minimum points of each VIP tier. */
export function RfmSetting() {
  return (
    <Loaded query={scoringQueries.settings()}>
      {(s) => <RfmForm key={JSON.stringify([s.rfmWeights, s.rfmTiers])} settings={s} />}
    </Loaded>
  );
}

const VIP_TIERS = RFM_TIERS.filter((tier) => tier !== 'regular');

type RfmValues = {
  rfmWeights: Record<'r' | 'f' | 'm', number | null>;
  rfmTiers: Record<'vip1' | 'vip2' | 'vip3', number | null>;
};

function RfmForm({ settings }: { settings: ScoringSettings }) {
  const { t } = useTranslation();
  const { save, saving } = useSaveGroup();
  const initialValues: RfmValues = { rfmWeights: settings.rfmWeights, rfmTiers: settings.rfmTiers };
  const { form, problem, onSubmit } = useDraftForm({
    initialValues,
    schema: scoringSettingsSave,
  });

  return (
    <SettingsGroupForm
      title={t('scoring.settings.rfmTitle')}
      hint={t('scoring.settings.rfmHint')}
      saveLabel={t('scoring.settings.saveRfm')}
      saving={saving}
      problem={problem}
      onSubmit={onSubmit(({ rfmWeights, rfmTiers }) => save({ rfmWeights, rfmTiers }))}
    >
      <SimpleGrid cols={3} spacing="sm">
        {(['r', 'f', 'm'] as const).map((k) => (
          <NumberInput
            key={k}
            {...nullableNumberProps(form.getInputProps(`rfmWeights.${k}`))}
            {...numberInput}
            label={t(`scoring.settings.${k}Weight`)}
          />
        ))}
        {VIP_TIERS.map((tier) => (
          <NumberInput
            key={tier}
            {...nullableNumberProps(form.getInputProps(`rfmTiers.${tier}`))}
            {...numberInput}
            label={t('scoring.settings.tierMin', { tier: t(`enums.rfmTier.${tier}`) })}
          />
        ))}
      </SimpleGrid>
    </SettingsGroupForm>
  );
}
