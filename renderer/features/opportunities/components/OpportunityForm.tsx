import { Autocomplete, Group, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BUYING_STAGES,
  CURRENCIES,
  DEFAULT_STAGE_PROBABILITY,
  OPPORTUNITY_STATUSES,
  PURCHASE_TYPES,
  SALES_STAGES,
  STATUSES_NEEDING_REASON,
  type OpportunityStatus,
  type SalesStage,
} from '../../../../shared/enums.ts';
import { emptyOpportunityDraft, type Opportunity } from '../../../../shared/schemas.ts';
import { distinctValues } from '../../../ui/distinctValues.ts';
import { DateField } from '../../../ui/form/DateField.tsx';
import { FormLayout } from '../../../ui/form/FormLayout.tsx';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { FormSection } from '../../../ui/form/FormSection.tsx';
import { nullableNumberProps } from '../../../ui/form/nullableNumberProps.ts';
import { pickFields } from '../../../ui/form/pickFields.ts';
import { requiredField } from '../../../ui/form/requiredField.ts';
import { useDraftForm } from '../../../ui/form/useDraftForm.ts';
import { useRecordReload } from '../../../ui/form/useRecordReload.ts';
import { accountQueries } from '../../accounts/api/accountQueries.ts';
import { opportunityQueries } from '../api/opportunityQueries.ts';
import { useSaveOpportunity } from '../api/useSaveOpportunity.ts';
import { parseOpportunityForm, type OpportunityFormValues } from '../utils/parseOpportunityForm.ts';

const wide = { style: { gridColumn: '1 / -1' } };

const valuesOf = (o: Opportunity): OpportunityFormValues => ({
  ...pickFields(emptyOpportunityDraft, o),
  accountId: o.accountId,
});

type Props = {
  /** null for a new opportunity. */
  opportunity: Opportunity | null;
  /** The account of a new opportunity; null lets the user choose it. */
  accountId: string | null;
  onCancel: () => void;
  onSaved: () => void;
};

/** A deal: what, how much, when, how far along (stage sets probability), and how it ended. */
export function OpportunityForm({ opportunity, accountId, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSaveOpportunity();
  // Once the user sets a probability by hand, choosing a stage no longer overrides it.
  const [probabilityEdited, setProbabilityEdited] = useState(false);
  const { form, problem, onSubmit, reload } = useDraftForm({
    initialValues: opportunity ? valuesOf(opportunity) : { ...emptyOpportunityDraft, accountId },
    parse: parseOpportunityForm,
  });
  const { record, reloading, reloadRecord } = useRecordReload(
    opportunity,
    (current) => queryClient.fetchQuery({ ...opportunityQueries.detail(current.id), staleTime: 0 }),
    (fresh) => {
      setProbabilityEdited(false);
      reload(valuesOf(fresh));
    },
  );
  const chooseAccount = record === null && accountId === null;
  const accounts = useQuery(accountQueries.list(false)).data;

  const field = (name: keyof OpportunityFormValues) => ({
    label: t(`opportunities.fields.${name}`),
    ...form.getInputProps(name),
  });
  const stageProps = field('salesStage');
  const statusProps = field('status');
  const probabilityProps = nullableNumberProps(field('probability'));
  const needsReason = STATUSES_NEEDING_REASON.includes(form.values.status);

  const submit = onSubmit(async ({ accountId: owner, draft }) => {
    await save.mutateAsync(
      record
        ? { id: record.id, version: record.version, ...draft }
        : { accountId: owner, ...draft },
    );
    notifications.show({
      color: 'teal',
      message: t(record ? 'opportunities.savedNotice' : 'opportunities.createdNotice'),
    });
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
      <FormSection legend={t('opportunities.sections.deal')}>
        {chooseAccount && (
          <Select
            {...field('accountId')}
            data={(accounts ?? []).map((a) => ({ value: a.id, label: a.name }))}
            placeholder={t('opportunities.placeholders.pickAccount')}
            nothingFoundMessage={t('opportunities.nothingFound')}
            searchable
            // Focus (e.g. after a failed save) must not cover the field's message with the list.
            openOnFocus={false}
            {...requiredField}
            data-autofocus
            {...wide}
          />
        )}
        <TextInput
          {...field('name')}
          {...requiredField}
          data-autofocus={chooseAccount ? undefined : true}
          {...wide}
        />
        <Textarea {...field('products')} autosize minRows={1} maxRows={4} {...wide} />
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <NumberInput
            {...nullableNumberProps(field('amount'))}
            label={t('opportunities.fields.amount')}
            min={0}
            thousandSeparator
            decimalScale={2}
            hideControls
            {...requiredField}
            flex={1}
          />
          <Select
            {...field('currency')}
            data={CURRENCIES.map((c) => ({ value: c, label: c }))}
            renderOption={({ option }) =>
              `${option.value} · ${t(`enums.currency.${option.value as (typeof CURRENCIES)[number]}`)}`
            }
            allowDeselect={false}
            w={110}
          />
        </Group>
        <DateField {...field('expectedCloseDate')} />
        <Autocomplete {...field('owner')} data={distinctValues(accounts, (a) => a.owner)} />
        <Select
          {...field('purchaseType')}
          data={PURCHASE_TYPES.map((p) => ({ value: p, label: t(`enums.purchaseType.${p}`) }))}
          description={t('opportunities.hints.purchaseType')}
          allowDeselect={false}
        />
      </FormSection>

      <FormSection legend={t('opportunities.sections.progress')}>
        <Select
          {...stageProps}
          onChange={(value) => {
            stageProps.onChange(value);
            if (value && !probabilityEdited) {
              form.setFieldValue('probability', DEFAULT_STAGE_PROBABILITY[value as SalesStage]);
            }
          }}
          data={SALES_STAGES.map((s, i) => ({
            value: s,
            label: t('opportunities.stageOption', {
              index: i + 1,
              label: t(`enums.salesStage.${s}`),
            }),
          }))}
          allowDeselect={false}
          {...wide}
        />
        <NumberInput
          {...probabilityProps}
          onChange={(value) => {
            setProbabilityEdited(true);
            probabilityProps.onChange(value);
          }}
          label={t('opportunities.fields.probability')}
          description={t('opportunities.hints.probability')}
          min={0}
          max={100}
          allowDecimal={false}
          {...requiredField}
        />
        <Select
          {...field('buyingStage')}
          data={BUYING_STAGES.map((s, i) => ({
            value: s,
            label: t('opportunities.stageOption', {
              index: i + 1,
              label: t(`enums.buyingStage.${s}`),
            }),
          }))}
          placeholder={t('opportunities.placeholders.noBuyingStage')}
          clearable
        />
      </FormSection>

      <FormSection legend={t('opportunities.sections.outcome')}>
        <Select
          {...statusProps}
          onChange={(value) => {
            statusProps.onChange(value);
            // A reason belongs to a lost or dropped deal only.
            if (value && !STATUSES_NEEDING_REASON.includes(value as OpportunityStatus)) {
              form.setFieldValue('statusReason', '');
            }
          }}
          data={OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: t(`enums.status.${s}`) }))}
          allowDeselect={false}
        />
        {needsReason && (
          <Textarea
            {...field('statusReason')}
            description={t('opportunities.hints.statusReason')}
            {...requiredField}
            autosize
            minRows={2}
            {...wide}
          />
        )}
      </FormSection>
    </FormLayout>
  );
}
