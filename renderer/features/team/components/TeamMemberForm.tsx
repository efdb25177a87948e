import { Select, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  teamCreate,
  teamOf,
  type TeamMember,
  type TeamMemberListItem,
} from '../../../../shared/team.ts';
import { FormLayout } from '../../../ui/form/FormLayout.tsx';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { requiredField } from '../../../ui/form/requiredField.ts';
import { useDraftForm } from '../../../ui/form/useDraftForm.ts';
import { useSaveTeamMember } from '../api/useTeamMutations.ts';
import { announceDone } from '../../../data/undoSteps.ts';

type Draft = { name: string; role: string; managerId: string | null };

type Props = {
  /** null for a new member. */
  member: TeamMember | null;
  /** Everyone, archived included: the manager picker leaves out the member and their reports. */
  team: TeamMemberListItem[];
  onCancel: () => void;
  onSaved: () => void;
};

/** Name, role and manager of one of our people. */
export function TeamMemberForm({ member, team, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const save = useSaveTeamMember();
  const { form, problem, onSubmit } = useDraftForm<Draft, Draft>({
    initialValues: member
      ? { name: member.name, role: member.role, managerId: member.managerId }
      : { name: '', role: '', managerId: null },
    schema: teamCreate,
  });
  // A member cannot report to themselves or to someone below them (the main process checks too).
  const below = member ? teamOf(team, member.id, true) : new Set<string>();
  const managers = team
    .filter((m) => !below.has(m.id) && (!m.archived || m.id === member?.managerId))
    .map((m) => ({ value: m.id, label: m.name }));

  const submit = onSubmit(async (draft) => {
    await save.mutateAsync(member ? { id: member.id, version: member.version, ...draft } : draft);
    announceDone(t(member ? 'team.settings.savedNotice' : 'team.settings.createdNotice'));
    onSaved();
  });

  return (
    <FormLayout
      onSubmit={submit}
      onCancel={onCancel}
      saving={save.isPending}
      alert={problem && <FormProblemAlert problem={problem} />}
    >
      <TextInput
        label={t('team.form.name')}
        {...form.getInputProps('name')}
        {...requiredField}
        data-autofocus
      />
      {member && (
        <Text size="sm" c="dimmed" mt={-12}>
          {t('team.form.renameHint')}
        </Text>
      )}
      <TextInput
        label={t('team.form.role')}
        placeholder={t('team.form.rolePlaceholder')}
        {...form.getInputProps('role')}
      />
      <Select
        label={t('team.form.manager')}
        placeholder={t('team.form.managerPlaceholder')}
        data={managers}
        searchable
        clearable
        {...form.getInputProps('managerId')}
      />
    </FormLayout>
  );
}
