import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BUYING_STAGES } from '../../../../shared/enums.ts';
import { fromZodIssues, type Issue } from '../../../../shared/issues.ts';
import { stageSetSave, type StageSet } from '../../../../shared/pipeline.ts';
import { RpcError } from '../../../api/RpcError.ts';
import { FormLayout } from '../../../ui/form/FormLayout.tsx';
import { errorText } from '../../../ui/form/errorText.ts';
import { issueMessage } from '../../../ui/form/issueMessage.ts';
import { useSaveStageSet } from '../api/useSaveStageSet.ts';
import { useLocalLabel } from '../../../i18n/localLabel.ts';
import { StageFields } from './StageFields.tsx';
import { errorOf, newKey, toInput, type EditorStage, type StageSetDraft } from './stageSetDraft.ts';

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
      // The app's toast says it, with Undo (renderer/app/UndoRedo.tsx).
      onSuccess: () => onSaved(),
      onError: (error) =>
        setIssues(
          error instanceof RpcError && error.issues.length > 0
            ? error.issues
            : [
                {
                  path: [],
                  code: 'required',
                  message: errorText(t, error),
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
      <Text fw={600} c="var(--mantine-color-indigo-text)">
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
