import { Accordion, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowsLeftRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceInput, PipelineDeal, StageSet } from '../../../../shared/pipeline.ts';
import { stageIndex } from '../../../../shared/pipelineRules.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { CriterionRow } from './CriterionRow.tsx';
import { localLabel } from '../../../i18n/localLabel.ts';

type Props = {
  deal: PipelineDeal;
  set: StageSet;
  save: (item: EvidenceInput) => Promise<unknown>;
};

/**
 * Our stages in order beside the customer's buying stage of each, the current one highlighted;
 * each opens to its exit-criteria checklist (the current stage's is open to begin with).
 */
export function StageTrack({ deal, set, save }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const current = stageIndex(set, deal.stageKey);
  const [open, setOpen] = useState<string[]>([deal.stageKey]);
  // A move opens the new current stage; what the user opened stays open.
  const [seenStage, setSeenStage] = useState(deal.stageKey);
  if (seenStage !== deal.stageKey) {
    setSeenStage(deal.stageKey);
    setOpen((o) => (o.includes(deal.stageKey) ? o : [...o, deal.stageKey]));
  }
  const evidenceOf = (stageKey: string, criterionKey: string) =>
    deal.evidence.find((e) => e.stageKey === stageKey && e.criterionKey === criterionKey);

  return (
    <Accordion
      multiple
      value={open}
      onChange={setOpen}
      variant="separated"
      aria-label={t('stages.trackLabel')}
    >
      {set.stages.map((stage, index) => {
        const label = localLabel(stage, i18n.language);
        const met = stage.criteria.filter((c) => evidenceOf(stage.key, c.key)?.met).length;
        const isCurrent = index === current;
        return (
          <Accordion.Item
            key={stage.key}
            value={stage.key}
            style={
              isCurrent ? { borderColor: 'var(--mantine-color-blue-6)', borderWidth: 2 } : undefined
            }
            aria-current={isCurrent ? 'step' : undefined}
          >
            <Accordion.Control>
              <SimpleGrid cols={2} spacing="md">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Text size="xs" c="dimmed">
                      {t('stages.stageNumber', { index: index + 1 })}
                    </Text>
                    {isCurrent && (
                      <Badge size="sm" color="blue">
                        {t('stages.current')}
                      </Badge>
                    )}
                    {index < current && (
                      <Badge size="sm" color="gray" variant="light">
                        {t('stages.passed')}
                      </Badge>
                    )}
                  </Group>
                  <Text fw={isCurrent ? 700 : 500}>{label}</Text>
                  <Text size="xs" c="dimmed">
                    {t('stages.stageProbability', { value: fmt.percent(stage.probability) })}
                    {' · '}
                    {t('stages.criteriaCount', { met, total: stage.criteria.length })}
                  </Text>
                </Stack>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <IconArrowsLeftRight size={16} style={{ marginTop: 4, flexShrink: 0 }} />
                  <Stack gap={2}>
                    <Text size="xs" c="dimmed">
                      {t('stages.customer')}
                    </Text>
                    <Text size="sm">
                      {stage.buyingStage
                        ? t(`enums.buyingStage.${stage.buyingStage}`)
                        : t('stages.customerUnknown')}
                    </Text>
                  </Stack>
                </Group>
              </SimpleGrid>
            </Accordion.Control>
            <Accordion.Panel>
              {/* Only open stages render their checklist: eight stages of inputs are heavy. */}
              {open.includes(stage.key) && (
                <>
                  <Text size="sm" fw={500} mb={4}>
                    {t('stages.criteriaTitle', { stage: label })}
                  </Text>
                  {stage.criteria.length === 0 && (
                    <Text size="sm" c="dimmed">
                      {t('stages.noCriteria')}
                    </Text>
                  )}
                  {stage.criteria.map((c) => (
                    <CriterionRow
                      key={c.key}
                      stageKey={stage.key}
                      criterionKey={c.key}
                      label={localLabel(c, i18n.language)}
                      evidence={evidenceOf(stage.key, c.key)}
                      save={save}
                    />
                  ))}
                </>
              )}
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}
