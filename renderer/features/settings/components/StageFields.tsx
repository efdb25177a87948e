import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconChevronDown,
  IconChevronRight,
  IconPlus,
  IconTrash,
  IconX,
} from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../../shared/issues.ts';
import type { StageDef } from '../../../../shared/pipeline.ts';
import { useLocalLabel } from '../../../i18n/localLabel.ts';
import { errorOf, newKey, type EditorStage } from './stageSetDraft.ts';

type StageFieldsProps = {
  stage: EditorStage;
  index: number;
  /** How many stages the set has: the last cannot move down. */
  count: number;
  criteriaShown: boolean;
  issues: Issue[];
  message: (issue: Issue) => string;
  buyingStages: { value: string; label: string }[];
  onChange: (index: number, patch: Partial<EditorStage>) => void;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
  onToggleCriteria: (key: string) => void;
};

/** One stage of the set: its names, probability, buying stage and exit criteria. */
export const StageFields = memo(function StageFields({
  stage,
  index,
  count,
  criteriaShown,
  issues,
  message,
  buyingStages,
  onChange,
  onMove,
  onRemove,
  onToggleCriteria,
}: StageFieldsProps) {
  const { t } = useTranslation();
  const label = useLocalLabel();
  const n = index + 1;
  const errorAt = (...path: (string | number)[]) =>
    errorOf(issues, message, ['stages', index, ...path]);
  const setCriterion = (j: number, patch: Partial<StageDef['criteria'][number]>) =>
    onChange(index, {
      criteria: stage.criteria.map((c, k) => (k === j ? { ...c, ...patch } : c)),
    });
  return (
    <Fieldset
      legend={t('stageSets.stageLegend', {
        index: n,
        label: label(stage),
      })}
    >
      <Stack gap="sm">
        <Group justify="flex-end" gap={4}>
          <ActionIcon
            variant="subtle"
            aria-label={t('stageSets.moveUp', { index: n })}
            disabled={index === 0}
            onClick={() => onMove(index, -1)}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={t('stageSets.moveDown', { index: n })}
            disabled={index === count - 1}
            onClick={() => onMove(index, 1)}
          >
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('stageSets.removeStage', { index: n })}
            onClick={() => onRemove(index)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <TextInput
            label={t('stageSets.stageLabelZh')}
            value={stage.labelZh}
            onChange={(e) => onChange(index, { labelZh: e.currentTarget.value })}
            error={errorAt('labelZh')}
            withAsterisk
          />
          <TextInput
            label={t('stageSets.stageLabelEn')}
            value={stage.labelEn}
            onChange={(e) => onChange(index, { labelEn: e.currentTarget.value })}
            error={errorAt('labelEn')}
            withAsterisk
          />
          <NumberInput
            label={t('stageSets.probability')}
            value={stage.probability}
            onChange={(value) => onChange(index, { probability: value })}
            error={errorAt('probability')}
            allowDecimal={false}
            withAsterisk
          />
          <Select
            label={t('stageSets.buyingStage')}
            value={stage.buyingStage}
            onChange={(value) =>
              onChange(index, { buyingStage: value as EditorStage['buyingStage'] })
            }
            data={buyingStages}
            placeholder={t('stageSets.noBuyingStage')}
            clearable
          />
        </SimpleGrid>
        <Group>
          <Button
            size="compact-sm"
            variant="subtle"
            aria-expanded={criteriaShown}
            leftSection={
              criteriaShown ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />
            }
            onClick={() => onToggleCriteria(stage.key)}
          >
            {t('stageSets.criteriaCount', { count: stage.criteria.length })}
          </Button>
        </Group>
        {criteriaShown && (
          <Stack gap="xs" pl="md">
            {stage.criteria.map((criterion, j) => (
              <Group key={criterion.key} gap="xs" align="flex-start" wrap="nowrap">
                <TextInput
                  flex={1}
                  label={t('stageSets.criterionZh', { index: j + 1 })}
                  value={criterion.labelZh}
                  onChange={(e) => setCriterion(j, { labelZh: e.currentTarget.value })}
                  error={errorAt('criteria', j, 'labelZh')}
                />
                <TextInput
                  flex={1}
                  label={t('stageSets.criterionEn', { index: j + 1 })}
                  value={criterion.labelEn}
                  onChange={(e) => setCriterion(j, { labelEn: e.currentTarget.value })}
                  error={errorAt('criteria', j, 'labelEn')}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  aria-label={t('stageSets.removeCriterion', { index: j + 1 })}
                  onClick={() =>
                    onChange(index, { criteria: stage.criteria.filter((_, k) => k !== j) })
                  }
                >
                  <IconX size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconPlus size={14} />}
                onClick={() =>
                  onChange(index, {
                    criteria: [...stage.criteria, { key: newKey('c'), labelZh: '', labelEn: '' }],
                  })
                }
              >
                {t('stageSets.addCriterion')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Fieldset>
  );
});
