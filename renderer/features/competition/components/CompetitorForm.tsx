import { Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  competitorCreate,
  type Competitor,
  type CompetitorCreate,
} from '../../../../shared/competition.ts';
import { PRICE_LEVELS } from '../../../../shared/enums.ts';
import { RpcError } from '../../../api/RpcError.ts';
import { FormLayout } from '../../../ui/form/FormLayout.tsx';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { FormSection } from '../../../ui/form/FormSection.tsx';
import { requiredField } from '../../../ui/form/requiredField.ts';
import { useDraftForm } from '../../../ui/form/useDraftForm.ts';
import { useRecordReload } from '../../../ui/form/useRecordReload.ts';
import { zodParser, type ParseResult } from '../../../ui/form/zodParser.ts';
import { competitionQueries } from '../api/competitionQueries.ts';
import { useSaveCompetitor } from '../api/useSaveCompetitor.ts';
import { verifierName } from '../utils/verifierName.ts';
import { useReload } from '../../../data/read.ts';

export type CompetitorDraft = {
  name: string;
  products: string;
  priceLevel: Competitor['priceLevel'];
  strengths: string;
  weaknesses: string;
  tactics: string;
  referenceCustomers: string;
  notes: string;
  /** Only for a new entry: who vouches for it (blank: nobody named). */
  verifiedBy: string;
};

const emptyDraft: CompetitorDraft = {
  name: '',
  products: '',
  priceLevel: null,
  strengths: '',
  weaknesses: '',
  tactics: '',
  referenceCustomers: '',
  notes: '',
  verifiedBy: '',
};

const parseCreate = zodParser(competitorCreate);
// A blank "verified by" is left out rather than refused.
const parseDraft = (values: CompetitorDraft): ParseResult<CompetitorCreate> => {
  const { verifiedBy, ...rest } = values;
  return parseCreate(verifiedBy.trim() === '' ? rest : values);
};

const draftOf = (c: Competitor): CompetitorDraft => ({
  name: c.name,
  products: c.products,
  priceLevel: c.priceLevel,
  strengths: c.strengths,
  weaknesses: c.weaknesses,
  tactics: c.tactics,
  referenceCustomers: c.referenceCustomers,
  notes: c.notes,
  verifiedBy: '',
});

const wide = { style: { gridColumn: '1 / -1' } };

type Props = {
  /** null for a new entry. */
  competitor: Competitor | null;
  /** A name to start a new entry with (typed in a deal's picker). */
  initialName?: string;
  onCancel: () => void;
  onSaved: (competitor: Competitor, created: boolean) => void;
};

/** Every field of a competitor entry (竞争对手分析表 5-18). */
export function CompetitorForm({ competitor, initialName, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const reloadQuery = useReload();
  const save = useSaveCompetitor();
  const { form, problem, onSubmit, reload } = useDraftForm({
    initialValues: competitor
      ? draftOf(competitor)
      : { ...emptyDraft, name: initialName ?? '', verifiedBy: verifierName.get() },
    parse: parseDraft,
  });
  const { record, reloading, reloadRecord } = useRecordReload(
    competitor,
    (current) => reloadQuery(competitionQueries.detail(current.id)),
    (fresh) => reload(draftOf(fresh)),
  );

  const field = (name: keyof CompetitorDraft) => ({
    label: t(`competition.form.fields.${name}`),
    ...form.getInputProps(name),
  });
  const long = (name: keyof CompetitorDraft) => (
    <Textarea {...field(name)} autosize minRows={2} maxRows={8} />
  );

  const submit = onSubmit(async (draft) => {
    let saved: Competitor;
    try {
      if (record) {
        const { verifiedBy: _, ...fields } = draft;
        saved = await save.mutateAsync({ id: record.id, version: record.version, ...fields });
      } else {
        saved = await save.mutateAsync(draft);
        if (draft.verifiedBy) verifierName.remember(draft.verifiedBy);
      }
    } catch (error) {
      // The shared message speaks of accounts; say what is duplicated here.
      if (error instanceof RpcError && error.issues.some((i) => i.code === 'duplicate_name')) {
        form.setFieldError('name', t('competition.form.duplicateName'));
        form.getInputNode('name')?.focus();
        // Answered as a conflict with the name's issue: a refusal, not someone else's edit.
        throw new RpcError('invalid_input', error.message, []);
      }
      throw error;
    }
    // The app's toast says it, with Undo (renderer/app/UndoRedo.tsx).
    onSaved(saved, record === null);
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
      <FormSection legend={t('competition.form.sections.profile')}>
        <TextInput {...field('name')} {...requiredField} data-autofocus />
        <Select
          {...field('priceLevel')}
          data={PRICE_LEVELS.map((p) => ({ value: p, label: t(`enums.priceLevel.${p}`) }))}
          placeholder={t('competition.form.placeholders.priceLevel')}
          clearable
        />
        <Textarea {...field('products')} autosize minRows={2} maxRows={6} {...wide} />
        <Textarea {...field('referenceCustomers')} autosize minRows={2} maxRows={6} {...wide} />
        {!record && (
          <TextInput
            {...field('verifiedBy')}
            description={t('competition.form.hints.verifiedBy')}
          />
        )}
      </FormSection>
      <FormSection legend={t('competition.form.sections.assessment')}>
        {long('strengths')}
        {long('weaknesses')}
        <Textarea
          {...field('tactics')}
          description={t('competition.form.hints.tactics')}
          autosize
          minRows={2}
          maxRows={8}
          {...wide}
        />
        <Textarea {...field('notes')} autosize minRows={2} maxRows={8} {...wide} />
      </FormSection>
    </FormLayout>
  );
}
