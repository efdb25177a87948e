import { MultiSelect, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  motives,
  relationshipPlan,
  winFormula,
  type CommitteeMember,
} from '../../../../shared/committee.ts';
import { MOTIVES, type MotiveGroup } from '../../../../shared/enums.ts';
import { fromZodIssues } from '../../../../shared/issues.ts';
import { FormDrawer } from '../../../ui/form/FormDrawer.tsx';
import { DateField } from '../../../ui/form/DateField.tsx';
import { FormLayout } from '../../../ui/form/FormLayout.tsx';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { FormSection } from '../../../ui/form/FormSection.tsx';
import { useDraftForm } from '../../../ui/form/useDraftForm.ts';
import type { DraftParser } from '../../../ui/form/zodParser.ts';
import type { DrawerTarget } from '../../../ui/useDrawerTarget.ts';
import { useUpsertMember } from '../api/useUpsertMember.ts';
import { OwnerPicker } from '../../team/index.ts';

const wide = { style: { gridColumn: '1 / -1' } };

/** The panel's fields, flat, so that each has its own place for a message. */
type PanelValues = {
  jobDuties: string[];
  personality: string[];
  personalNeeds: string[];
  motiveNotes: string;
  companyInterest: string;
  personalInterest: string;
  humanTouch: string;
  routes: string;
  ourRoute: string;
  keyPoints: string;
  owner: string;
  dueDate: string | null;
};

const panelSchema = z.strictObject({ motives, winFormula, plan: relationshipPlan });
type PanelDraft = z.output<typeof panelSchema>;

const valuesOf = (m: CommitteeMember): PanelValues => ({
  jobDuties: m.motives.jobDuties,
  personality: m.motives.personality,
  personalNeeds: m.motives.personalNeeds,
  motiveNotes: m.motives.notes,
  ...m.winFormula,
  ...m.plan,
});

/** Validates with the contract's schemas and names each problem by its flat field. */
const parsePanel: DraftParser<PanelValues, PanelDraft> = (v) => {
  const result = panelSchema.safeParse({
    motives: {
      jobDuties: v.jobDuties,
      personality: v.personality,
      personalNeeds: v.personalNeeds,
      notes: v.motiveNotes,
    },
    winFormula: {
      companyInterest: v.companyInterest,
      personalInterest: v.personalInterest,
      humanTouch: v.humanTouch,
    },
    plan: {
      routes: v.routes,
      ourRoute: v.ourRoute,
      keyPoints: v.keyPoints,
      owner: v.owner,
      dueDate: v.dueDate,
    },
  });
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    issues: fromZodIssues(result.error.issues).map((issue) => {
      const [group, field] = issue.path;
      const flat = group === 'motives' && field === 'notes' ? 'motiveNotes' : field;
      return { ...issue, path: flat === undefined ? issue.path : [flat] };
    }),
  };
};

type Props = {
  drawer: DrawerTarget<CommitteeMember>;
  opportunityId: string;
  nameOf: (personId: string) => string;
};

/** One member on this deal: motives, win formula and the three-step relationship plan. */
export function PersonPanel({ drawer, opportunityId, nameOf }: Props) {
  const { t } = useTranslation();
  const member = drawer.target;
  return (
    <FormDrawer
      opened={drawer.opened}
      onClose={drawer.close}
      onExitTransitionEnd={drawer.onExitTransitionEnd}
      title={member ? t('committee.panel.title', { name: nameOf(member.personId) }) : ''}
    >
      {member && (
        <PersonPanelForm
          key={member.personId}
          member={member}
          opportunityId={opportunityId}
          onDone={drawer.close}
        />
      )}
    </FormDrawer>
  );
}

function PersonPanelForm({
  member,
  opportunityId,
  onDone,
}: {
  member: CommitteeMember;
  opportunityId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const upsert = useUpsertMember(opportunityId);
  const { form, problem, onSubmit } = useDraftForm({
    initialValues: valuesOf(member),
    parse: parsePanel,
  });
  const field = (name: keyof PanelValues, label: string) => ({
    label,
    ...form.getInputProps(name),
  });
  const motiveSelect = (group: MotiveGroup) => (
    <MultiSelect
      {...field(group, t(`committee.panel.motiveGroups.${group}`))}
      data={MOTIVES[group].map((code) => ({
        value: code,
        label: t(`committee.enums.${group}.${code}` as 'committee.enums.jobDuties.price'),
      }))}
      placeholder={t('committee.panel.pickMotives')}
      searchable
      clearable
      hidePickedOptions
      {...wide}
    />
  );

  const submit = onSubmit(async (draft) => {
    // The app's toast says it, with Undo (renderer/app/UndoRedo.tsx).
    await upsert(member.personId, draft);
    onDone();
  });

  return (
    <FormLayout
      onSubmit={submit}
      onCancel={onDone}
      saving={form.submitting}
      alert={problem && <FormProblemAlert problem={problem} />}
    >
      <FormSection legend={t('committee.panel.motives')}>
        <Text size="sm" c="dimmed" {...wide}>
          {t('committee.panel.motivesHint')}
        </Text>
        {motiveSelect('jobDuties')}
        {motiveSelect('personality')}
        {motiveSelect('personalNeeds')}
        <Textarea
          {...field('motiveNotes', t('committee.panel.motiveNotes'))}
          autosize
          minRows={2}
          {...wide}
        />
      </FormSection>
      <FormSection legend={t('committee.panel.winFormula')}>
        <Text size="sm" c="dimmed" {...wide}>
          {t('committee.panel.winFormulaHint')}
        </Text>
        <Textarea
          {...field('companyInterest', t('committee.panel.companyInterest'))}
          autosize
          minRows={2}
          {...wide}
        />
        <Textarea
          {...field('personalInterest', t('committee.panel.personalInterest'))}
          autosize
          minRows={2}
          {...wide}
        />
        <Textarea
          {...field('humanTouch', t('committee.panel.humanTouch'))}
          autosize
          minRows={2}
          {...wide}
        />
      </FormSection>
      <FormSection legend={t('committee.panel.plan')}>
        <Text size="sm" c="dimmed" {...wide}>
          {t('committee.panel.planHint')}
        </Text>
        <Textarea
          {...field('routes', t('committee.panel.routes'))}
          autosize
          minRows={2}
          {...wide}
        />
        <Textarea
          {...field('ourRoute', t('committee.panel.ourRoute'))}
          autosize
          minRows={2}
          {...wide}
        />
        <Textarea
          {...field('keyPoints', t('committee.panel.keyPoints'))}
          autosize
          minRows={2}
          {...wide}
        />
        <OwnerPicker {...field('owner', t('committee.panel.owner'))} />
        <DateField {...field('dueDate', t('committee.panel.dueDate'))} />
      </FormSection>
    </FormLayout>
  );
}
