import { Button, Group, NumberInput, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PipelineDeal } from '../../../../shared/pipeline.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';

type Props = {
  deal: PipelineDeal;
  stageProbability: number;
  busy: boolean;
  disabled: boolean;
  /** A number sets the override; null returns to the stage's probability. */
  onSet: (override: number | null) => void;
};

/** Whether the probability follows the stage or is overridden, and the controls to change it. */
export function ProbabilityPanel({ deal, stageProbability, busy, disabled, onSet }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [value, setValue] = useState<number | string>(deal.probability);
  const overridden = deal.probabilityOverride !== null;
  const valid = typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Text size="sm" fw={500} data-testid="probability-state">
        {overridden
          ? t('stages.probability.overridden', {
              value: fmt.percent(deal.probability),
              stage: fmt.percent(stageProbability),
            })
          : t('stages.probability.follows', { value: fmt.percent(deal.probability) })}
      </Text>
      <NumberInput
        size="xs"
        w={150}
        min={0}
        max={100}
        allowDecimal={false}
        label={t('stages.probability.overrideLabel')}
        value={value}
        onChange={setValue}
        disabled={disabled}
      />
      <Button
        size="xs"
        variant="default"
        disabled={disabled || !valid}
        loading={busy}
        onClick={() => valid && onSet(value)}
      >
        {t('stages.probability.set')}
      </Button>
      {overridden && (
        <Button size="xs" variant="subtle" disabled={disabled || busy} onClick={() => onSet(null)}>
          {t('stages.probability.follow')}
        </Button>
      )}
    </Group>
  );
}
