import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_KINDS,
  activityCreate,
  type Activity,
  type ActivityKind,
} from '../../../../shared/activities.ts';
import { makeIssue } from '../../../../shared/issues.ts';
import type { Opportunity, Person } from '../../../../shared/schemas.ts';
import { DateField } from '../../../ui/form/DateField.tsx';
import { DraftOfferAlert } from '../../../ui/form/DraftOfferAlert.tsx';
import { useCloseGuard } from '../../../ui/form/useCloseGuard.tsx';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { useDraftForm } from '../../../ui/form/useDraftForm.ts';
import { zodParser, type DraftParser } from '../../../ui/form/zodParser.ts';
import { useInertBackground } from '../../../ui/useInertBackground.ts';
import { useSaveActivity } from '../api/activityQueries.ts';
import { peopleOptions } from '../utils/timeline.ts';
import { OwnerPicker } from '../../team/index.ts';
import { announceDone } from '../../../data/undoSteps.ts';

export type ActivityValues = {
  accountId: string;
  opportunityId: string | null;
  kind: ActivityKind;
  date: string;
  personIds: string[];
  summary: string;
  promises: string;
  nextStep: string;
  nextDate: string | null;
  owner: string;
};

type Draft = ReturnType<typeof activityCreate.parse>;

const contract = zodParser(activityCreate);

/** The contract's checks (next date not before the date…) plus a summary, which the UI asks for. */
export const parseActivity: DraftParser<ActivityValues, Draft> = (values) => {
  const result = contract(values);
  const summary = values.summary.trim() === '' ? [makeIssue(['summary'], 'required')] : [];
  if (result.success && summary.length === 0) return result;
  return { success: false, issues: [...(result.success ? [] : result.issues), ...summary] };
};

type Props = {
  accountId: string;
  /** The deal the activity is logged on; without it, a deal can be picked. */
  opportunityId?: string;
  /** Present when editing. */
  activity?: Activity;
  people: Person[];
  /** Committee members of the deal, listed first. */
  committeeIds: string[];
  /** Offered on the account tab. */
  deals?: Opportunity[];
  /** The picked deal, so its committee can be listed first. */
  onDealChange?: (opportunityId: string | null) => void;
  onClose: () => void;
};

/** Logs an activity or edits one; refusals are shown at their field and nothing is saved. */
export function ActivityForm({
  accountId,
  opportunityId,
  activity,
  people,
  committeeIds,
  deals,
  onDealChange,
  onClose,
}: Props) {
  const { t } = useTranslation();
  useInertBackground(true);
  const save = useSaveActivity();
  // Esc, the close button and a click outside ask while the notes are unsaved.
  const guard = useCloseGuard(onClose);
  const { form, problem, onSubmit, draft } = useDraftForm<ActivityValues, Draft>({
    initialValues: activity
      ? {
          accountId,
          opportunityId: activity.opportunityId,
          kind: activity.kind,
          date: activity.date,
          personIds: activity.personIds,
          summary: activity.summary,
          promises: activity.promises,
          nextStep: activity.nextStep,
          nextDate: activity.nextDate,
          owner: activity.owner,
        }
      : {
          accountId,
          opportunityId: opportunityId ?? null,
          kind: 'visit',
          date: dayjs().format('YYYY-MM-DD'),
          personIds: [],
          summary: '',
          promises: '',
          nextStep: '',
          nextDate: null,
          owner: '',
        },
    parse: parseActivity,
    scope: guard.forms,
    draftKey: activity ? `activity:${activity.id}` : `activity:new:${opportunityId ?? accountId}`,
  });
  const { committee, others } = peopleOptions(people, committeeIds);
  const option = (p: Person) => ({ value: p.id, label: p.name });
  const groups = [
    ...(committee.length > 0
      ? [{ group: t('activities.form.committeeGroup'), items: committee.map(option) }]
      : []),
    ...(others.length > 0
      ? [{ group: t('activities.form.othersGroup'), items: others.map(option) }]
      : []),
  ];
  const dateValue = (value: unknown) =>
    value === null || value === '' ? null : String(value).slice(0, 10);

  const submit = onSubmit(async (draft) => {
    if (activity) {
      const { accountId: _a, ...fields } = draft;
      await save.mutateAsync({
        kind: 'update',
        fields: { ...fields, id: activity.id, version: activity.version },
      });
    } else {
      await save.mutateAsync({ kind: 'create', fields: draft });
    }
    announceDone(t(activity ? 'activities.form.saved' : 'activities.form.created'));
    onClose();
  });

  return (
    <>
      <Modal
        opened
        onClose={guard.requestClose}
        size="lg"
        title={t(activity ? 'activities.form.editTitle' : 'activities.form.createTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <DraftOfferAlert draft={draft} />
            {problem && <FormProblemAlert problem={problem} />}
            <Group grow align="flex-start">
              <Select
                label={t('activities.form.kind')}
                data={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }))}
                allowDeselect={false}
                {...form.getInputProps('kind')}
              />
              <DateField
                label={t('activities.form.date')}
                required
                {...form.getInputProps('date')}
                onChange={(v) => form.setFieldValue('date', dateValue(v) ?? '')}
              />
            </Group>
            {!opportunityId && deals && (
              <Select
                label={t('activities.form.deal')}
                placeholder={t('activities.form.noDeal')}
                data={deals.map((d) => ({ value: d.id, label: d.name }))}
                clearable
                {...form.getInputProps('opportunityId')}
                onChange={(value) => {
                  form.setFieldValue('opportunityId', value);
                  onDealChange?.(value);
                }}
              />
            )}
            <MultiSelect
              label={t('activities.form.people')}
              placeholder={t('activities.form.peoplePlaceholder')}
              data={groups}
              searchable
              {...form.getInputProps('personIds')}
            />
            <Textarea
              label={t('activities.form.summary')}
              required
              autosize
              minRows={3}
              {...form.getInputProps('summary')}
            />
            <Textarea
              label={t('activities.form.promises')}
              description={t('activities.form.promisesHint')}
              autosize
              minRows={2}
              {...form.getInputProps('promises')}
            />
            <Group grow align="flex-start">
              <TextInput
                label={t('activities.form.nextStep')}
                {...form.getInputProps('nextStep')}
              />
              <DateField
                label={t('activities.form.nextDate')}
                {...form.getInputProps('nextDate')}
                onChange={(v) => form.setFieldValue('nextDate', dateValue(v))}
              />
            </Group>
            <OwnerPicker label={t('activities.form.owner')} {...form.getInputProps('owner')} />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      {guard.dialog}
    </>
  );
}
