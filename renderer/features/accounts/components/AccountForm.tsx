import {
  Autocomplete,
  Group,
  NumberInput,
  Radio,
  Select,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FUNNEL_STAGES, GRADES, PAYMENT_BEHAVIOURS } from '../../../../shared/enums.ts';
import {
  accountDraft,
  emptyAccountDraft,
  type Account,
  type AccountDraft,
} from '../../../../shared/schemas.ts';
import { distinctValues } from '../../../ui/distinctValues.ts';
import { DraftOfferAlert } from '../../../ui/form/DraftOfferAlert.tsx';
import { FormLayout } from '../../../ui/form/FormLayout.tsx';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { FormSection } from '../../../ui/form/FormSection.tsx';
import { nullableNumberProps } from '../../../ui/form/nullableNumberProps.ts';
import { pickFields } from '../../../ui/form/pickFields.ts';
import { requiredField } from '../../../ui/form/requiredField.ts';
import { useDraftForm } from '../../../ui/form/useDraftForm.ts';
import { useRecordReload } from '../../../ui/form/useRecordReload.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { accountQueries } from '../api/accountQueries.ts';
import { useSaveAccount } from '../api/useSaveAccount.ts';
import { useReload } from '../../../data/read.ts';
import { OwnerPicker } from '../../team/index.ts';
import { announceDone } from '../../../data/undoSteps.ts';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const wide = { style: { gridColumn: '1 / -1' } };

type Props = {
  /** null for a new account. */
  account: Account | null;
  onCancel: () => void;
  onSaved: (account: Account, created: boolean) => void;
};

/** Every field of an account, in the sections of the customer file (客户档案). */
export function AccountForm({ account, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const reloadQuery = useReload();
  const save = useSaveAccount();
  // The version this form edits; a reload after a conflict moves it on.
  const { form, problem, onSubmit, reload, draft } = useDraftForm({
    initialValues: account ? pickFields(emptyAccountDraft, account) : emptyAccountDraft,
    schema: accountDraft,
    draftKey: `account:${account?.id ?? 'new'}`,
  });
  const { record, reloading, reloadRecord } = useRecordReload(
    account,
    (current) => reloadQuery(accountQueries.detail(current.id)),
    (fresh) => {
      reload(pickFields(emptyAccountDraft, fresh));
    },
  );
  // Values already used elsewhere, so that spellings stay consistent across accounts.
  const others = useQuery(accountQueries.list(false)).data;

  const field = (name: keyof AccountDraft) => ({
    label: t(`accounts.fields.${name}`),
    ...form.getInputProps(name),
  });

  const submit = onSubmit(async (draft) => {
    const saved = await save.mutateAsync(
      record ? { id: record.id, version: record.version, ...draft } : draft,
    );
    announceDone(t(record ? 'accounts.savedNotice' : 'accounts.createdNotice'));
    onSaved(saved, record === null);
  });

  return (
    <FormLayout
      onSubmit={submit}
      onCancel={onCancel}
      saving={save.isPending}
      alert={
        <>
          <DraftOfferAlert draft={draft} />
          {problem && (
            <FormProblemAlert problem={problem} onReload={reloadRecord} reloading={reloading} />
          )}
        </>
      }
    >
      <FormSection legend={t('accounts.sections.basic')}>
        <TextInput {...field('name')} {...requiredField} data-autofocus {...wide} />
        <TextInput {...field('address')} {...wide} />
        <TextInput {...field('phone')} />
        <TextInput {...field('fax')} />
        <TextInput {...field('bankAccount')} />
        <TextInput {...field('website')} />
        <Autocomplete {...field('industry')} data={distinctValues(others, (a) => a.industry)} />
        <Autocomplete {...field('region')} data={distinctValues(others, (a) => a.region)} />
      </FormSection>

      <FormSection legend={t('accounts.sections.classification')}>
        <Select
          {...field('grade')}
          data={GRADES.map((g) => ({ value: g, label: t(`enums.grade.${g}`) }))}
          placeholder={t('accounts.placeholders.notGraded')}
          clearable
        />
        <Select
          {...field('funnelStage')}
          data={FUNNEL_STAGES.map((s) => ({ value: s, label: t(`enums.funnelStage.${s}`) }))}
          description={t('accounts.hints.funnelStage')}
          allowDeselect={false}
        />
        <OwnerPicker {...field('owner')} />
      </FormSection>

      <FormSection legend={t('accounts.sections.business')}>
        <Textarea {...field('developmentPlans')} autosize minRows={2} maxRows={6} {...wide} />
        <Select
          {...field('fiscalYearStartMonth')}
          data={MONTHS.map((m) => ({ value: m, label: fmt.month(m) }))}
          placeholder={t('accounts.placeholders.unknown')}
          clearable
        />
        <Radio.Group
          label={t('accounts.fields.listed')}
          value={form.values.listed ? 'listed' : 'private'}
          onChange={(value) => form.setFieldValue('listed', value === 'listed')}
        >
          <Group gap="lg" mt={8}>
            <Radio value="private" label={t('accounts.listed.private')} />
            <Radio value="listed" label={t('accounts.listed.listed')} />
          </Group>
        </Radio.Group>
        <NumberInput
          {...nullableNumberProps(field('revenue'))}
          label={t('accounts.fields.revenue')}
          min={0}
          clampBehavior="none"
          thousandSeparator
          hideControls
        />
        <NumberInput
          {...nullableNumberProps(field('budget'))}
          label={t('accounts.fields.budget')}
          min={0}
          clampBehavior="none"
          thousandSeparator
          hideControls
        />
        <NumberInput
          {...nullableNumberProps(field('staffSize'))}
          label={t('accounts.fields.staffSize')}
          min={0}
          allowDecimal={false}
          thousandSeparator
          hideControls
        />
        <Textarea
          {...field('installedBase')}
          description={t('accounts.hints.installedBase')}
          autosize
          minRows={2}
          maxRows={6}
          {...wide}
        />
      </FormSection>

      <FormSection legend={t('accounts.sections.logistics')}>
        <Textarea
          {...field('deliveryPreferences')}
          description={t('accounts.hints.deliveryPreferences')}
          autosize
          minRows={2}
        />
        <Textarea {...field('sites')} autosize minRows={2} />
      </FormSection>

      <FormSection legend={t('accounts.sections.record')}>
        <Textarea
          {...field('pastDeals')}
          description={t('accounts.hints.pastDeals')}
          autosize
          minRows={2}
          maxRows={6}
          {...wide}
        />
        <Select
          {...field('paymentBehaviour')}
          data={PAYMENT_BEHAVIOURS.map((p) => ({
            value: p,
            label: t(`enums.paymentBehaviour.${p}`),
          }))}
          placeholder={t('accounts.placeholders.unknown')}
          clearable
        />
      </FormSection>
    </FormLayout>
  );
}
