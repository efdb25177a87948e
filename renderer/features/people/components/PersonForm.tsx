import { Select, Switch, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LEVELS } from '../../../../shared/enums.ts';
import {
  emptyPersonDraft,
  personDraft,
  type Person,
  type PersonDraft,
} from '../../../../shared/schemas.ts';
import { DateField } from '../../../ui/form/DateField.tsx';
import { FormLayout } from '../../../ui/form/FormLayout.tsx';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { FormSection } from '../../../ui/form/FormSection.tsx';
import { pickFields } from '../../../ui/form/pickFields.ts';
import { requiredField } from '../../../ui/form/requiredField.ts';
import { useDraftForm } from '../../../ui/form/useDraftForm.ts';
import { useRecordReload } from '../../../ui/form/useRecordReload.ts';
import { peopleQueries } from '../api/peopleQueries.ts';
import { useSavePerson } from '../api/useSavePerson.ts';
import { useReload } from '../../../data/read.ts';
import { announceDone } from '../../../data/undoSteps.ts';

const wide = { style: { gridColumn: '1 / -1' } };

type Props = {
  accountId: string;
  /** null for a new person. */
  person: Person | null;
  people: Person[];
  onCancel: () => void;
  onSaved: () => void;
};

/** A stakeholder: position and reporting lines, contact, and the personal details that matter. */
export function PersonForm({ accountId, person, people, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const reloadQuery = useReload();
  const save = useSavePerson();
  const { form, problem, onSubmit, reload } = useDraftForm({
    initialValues: person ? pickFields(emptyPersonDraft, person) : emptyPersonDraft,
    schema: personDraft,
  });
  const { record, reloading, reloadRecord } = useRecordReload(
    person,
    (current) => reloadQuery(peopleQueries.detail(current.id)),
    (fresh) => {
      reload(pickFields(emptyPersonDraft, fresh));
    },
  );

  const field = (name: keyof PersonDraft) => ({
    label: t(`people.fields.${name}`),
    ...form.getInputProps(name),
  });
  const { external } = form.getValues();
  const current = [form.getValues().managerId, form.getValues().secondManagerId];
  // Anybody else of the account inside the customer (people outside it have no reporting line);
  // the server refuses a line that would make a loop.
  const managers = people
    .filter((p) => p.id !== record?.id && (!p.external || current.includes(p.id)))
    .map((p) => ({ value: p.id, label: p.title ? `${p.name} · ${p.title}` : p.name }));
  const managerSelect = {
    data: managers,
    searchable: true,
    // Focus (e.g. after a failed save) must not cover the field's message with the list.
    openOnFocus: false,
    clearable: true,
    nothingFoundMessage: t('people.nobodyFound'),
  };

  const submit = onSubmit(async (parsed) => {
    // The hidden fields keep their values while the user flips the switch, but are not saved:
    // people outside the customer have no reporting line, people inside it no other organisation.
    const draft: PersonDraft = parsed.external
      ? { ...parsed, managerId: null, secondManagerId: null }
      : { ...parsed, organization: '' };
    await save.mutateAsync(
      record ? { id: record.id, version: record.version, ...draft } : { accountId, ...draft },
    );
    announceDone(t(record ? 'people.savedNotice' : 'people.createdNotice'));
    onSaved();
  });

  return (
    <FormLayout
      onSubmit={submit}
      onCancel={onCancel}
      saving={save.isPending}
      alert={
        problem && (
          <FormProblemAlert problem={problem} onReload={reloadRecord} reloading={reloading} />
        )
      }
    >
      <FormSection legend={t('people.sections.position')}>
        <TextInput {...field('name')} {...requiredField} data-autofocus />
        <TextInput {...field('title')} />
        <TextInput {...field('department')} />
        <Select
          {...field('level')}
          data={LEVELS.map((l) => ({ value: l, label: t(`enums.level.${l}`) }))}
          placeholder={t('people.placeholders.noLevel')}
          clearable
        />
        <Switch
          label={t('people.fields.external')}
          {...form.getInputProps('external', { type: 'checkbox' })}
          // Mantine marks text inputs invalid, not switches.
          aria-invalid={form.errors.external ? true : undefined}
          description={t('people.hints.external')}
          {...wide}
        />
        {external ? (
          <TextInput
            {...field('organization')}
            description={t('people.hints.organization')}
            {...wide}
          />
        ) : (
          <>
            <Select
              {...field('managerId')}
              {...managerSelect}
              placeholder={t('people.placeholders.noManager')}
            />
            <Select
              {...field('secondManagerId')}
              {...managerSelect}
              placeholder={t('people.placeholders.pickPerson')}
              description={t('people.hints.secondManagerId')}
            />
          </>
        )}
      </FormSection>

      <FormSection legend={t('people.sections.contact')}>
        <TextInput {...field('phone')} type="tel" />
        <TextInput {...field('email')} type="email" />
      </FormSection>

      <FormSection legend={t('people.sections.personal')}>
        <DateField {...field('birthday')} />
        <TextInput {...field('education')} />
        <Textarea {...field('interests')} autosize minRows={2} {...wide} />
        <Textarea
          {...field('notes')}
          description={t('people.hints.notes')}
          autosize
          minRows={3}
          maxRows={8}
          {...wide}
        />
      </FormSection>
    </FormLayout>
  );
}
