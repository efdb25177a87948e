import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowDown,
  IconArrowUp,
  IconChevronDown,
  IconChevronRight,
  IconPlus,
  IconTrash,
  IconX,
} from '@tabler/icons-react';
import { memo, useCallback, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BUYING_STAGES } from '../../../../shared/enums.ts';
import { fromZodIssues, type Issue } from '../../../../shared/issues.ts';
import {
  stageSetSave,
  type StageDef,
  type StageSet,
  type StageSetSave,
} from '../../../../shared/pipeline.ts';
import { RpcError } from '../../../api/RpcError.ts';
import { FormLayout } from '../../../ui/form/FormLayout.tsx';
import { issueMessage } from '../../../ui/form/issueMessage.ts';
import { useSaveStageSet } from '../api/useSaveStageSet.ts';
import { useLocalLabel } from '../../../i18n/localLabel.ts';

/** A stage while edited: the probability may be empty while the user types. */
type EditorStage = Omit<StageDef, 'probability'> & { probability: number | string };
export type StageSetDraft = Omit<StageSetSave, 'stages' | 'isDefault'> & { stages: EditorStage[] };

/** Keys of new stages and criteria: stable ids, never shown; labels carry the meaning. */
const newKey = (prefix: 's' | 'c') => `${prefix}_${Math.random().toString(36).slice(2, 10)}`;

const toInput = (draft: StageSetDraft): StageSetSave => ({
  ...draft,
  stages: draft.stages.map((s) => ({
    ...s,
    // Empty → refused by the contract's probability rule, with its message.
    probability: typeof s.probability === 'number' ? s.probability : (null as never),
  })),
});

type Props = {
  initial: StageSetDraft;
  /** The stored set being edited (undefined for a new one): names the stages in refusals. */
  stored: StageSet | undefined;
  onCancel: () => void;
  onSaved: () => void;
};

/**
 * One stage set: names, stages in order (add, remove, move), each stage's names, probability,
 * customer buying stage and exit criteria. Refusals show next to their field; nothing is saved.
 */
export function StageSetEditor({ initial, stored, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const label = useLocalLabel();
  const save = useSaveStageSet();
  const [draft, setDraft] = useState<StageSetDraft>(initial);
  const [issues, setIssues] = useState<Issue[]>([]);
  // Criteria are shown one stage at a time (and wherever a refusal points), to keep it short.
  const [openCriteria, setOpenCriteria] = useState<ReadonlySet<string>>(new Set());
  const criteriaShown = (index: number, key: string) =>
    openCriteria.has(key) ||
    issues.some((i) => i.path[0] === 'stages' && i.path[1] === index && i.path[2] === 'criteria');
  const toggleCriteria = useCallback(
    (key: string) =>
      setOpenCriteria((open) => {
        const next = new Set(open);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );

  const message = useCallback(
    (issue: Issue) => {
      // The server names a stage in English; show the stored stage in the UI language instead.
      const stage = stored?.stages.find((s) => s.key === issue.params?.stageKey);
      const params = stage ? { ...issue.params, stage: label(stage) } : {};
      return issueMessage(t, { ...issue, params: { ...issue.params, ...params } });
    },
    [t, label, stored],
  );
  const FIELDS =
    /^(nameZh|nameEn|stages\.\d+\.(labelZh|labelEn|probability)|stages\.\d+\.criteria\.\d+\.(labelZh|labelEn))$/;
  const errorAt = (...path: (string | number)[]) => errorOf(issues, message, path);
  const general = issues.filter((i) => !FIELDS.test(i.path.join('.')));

  // Stable callbacks, so a keystroke re-renders only the stage it changes (StageFields is memo).
  const setStages = useCallback(
    (update: (stages: EditorStage[]) => EditorStage[]) =>
      setDraft((d) => ({ ...d, stages: update(d.stages) })),
    [],
  );
  const setStage = useCallback(
    (index: number, patch: Partial<EditorStage>) =>
      setStages((stages) => stages.map((s, i) => (i === index ? { ...s, ...patch } : s))),
    [setStages],
  );
  const move = useCallback(
    (index: number, by: -1 | 1) =>
      setStages((stages) => {
        const next = [...stages];
        const [stage] = next.splice(index, 1);
        next.splice(index + by, 0, stage!);
        return next;
      }),
    [setStages],
  );
  const remove = useCallback(
    (index: number) => setStages((stages) => stages.filter((_, i) => i !== index)),
    [setStages],
  );

  const submit = (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    const input = toInput(draft);
    const parsed = stageSetSave.safeParse(input);
    if (!parsed.success) {
      setIssues(fromZodIssues(parsed.error.issues));
      return;
    }
    setIssues([]);
    save.mutate(input, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('stageSets.savedNotice') });
        onSaved();
      },
      onError: (error) =>
        setIssues(
          error instanceof RpcError && error.issues.length > 0
            ? error.issues
            : [
                {
                  path: [],
                  code: 'required',
                  message: t(`errors.codes.${error instanceof RpcError ? error.code : 'internal'}`),
                },
              ],
        ),
    });
  };

  const buyingStages = useMemo(
    () =>
      BUYING_STAGES.map((s, i) => ({
        value: s,
        label: t('opportunities.stageOption', { index: i + 1, label: t(`enums.buyingStage.${s}`) }),
      })),
    [t],
  );

  return (
    <FormLayout
      onSubmit={submit}
      onCancel={onCancel}
      saving={save.isPending}
      alert={
        general.length > 0 && (
          <Alert color="red" role="alert">
            <Stack gap={4}>
              {general.map((issue, i) => (
                <Text key={i} size="sm">
                  {issue.code === 'required' && issue.path.length === 0
                    ? issue.message
                    : message(issue)}
                </Text>
              ))}
            </Stack>
          </Alert>
        )
      }
    >
      <SimpleGrid cols={2} spacing="md">
        <TextInput
          label={t('stageSets.nameZh')}
          value={draft.nameZh}
          onChange={(e) => setDraft({ ...draft, nameZh: e.currentTarget.value })}
          error={errorAt('nameZh')}
          withAsterisk
        />
        <TextInput
          label={t('stageSets.nameEn')}
          value={draft.nameEn}
          onChange={(e) => setDraft({ ...draft, nameEn: e.currentTarget.value })}
          error={errorAt('nameEn')}
          withAsterisk
        />
      </SimpleGrid>
      <Text fw={600} c="indigo.8">
        {t('stageSets.stagesLegend')}
      </Text>
      {draft.stages.map((stage, index) => (
        <StageFields
          key={stage.key}
          stage={stage}
          index={index}
          count={draft.stages.length}
          criteriaShown={criteriaShown(index, stage.key)}
          issues={issues}
          message={message}
          buyingStages={buyingStages}
          onChange={setStage}
          onMove={move}
          onRemove={remove}
          onToggleCriteria={toggleCriteria}
        />
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() =>
            setStages((stages) => [
              ...stages,
              {
                key: newKey('s'),
                labelZh: '',
                labelEn: '',
                probability: stages.at(-1)?.probability ?? 0,
                buyingStage: null,
                criteria: [],
              },
            ])
          }
        >
          {t('stageSets.addStage')}
        </Button>
      </Group>
    </FormLayout>
  );
}

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
const StageFields = memo(function StageFields({
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

/** The message of the refusal at `path`, if any. */
function errorOf(issues: Issue[], message: (issue: Issue) => string, path: (string | number)[]) {
  const issue = issues.find((i) => i.path.join('.') === path.join('.'));
  return issue && message(issue);
}
