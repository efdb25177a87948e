import { Anchor, Group, NumberInput, Select, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BUYING_STAGES,
  CURRENCIES,
  OPPORTUNITY_STATUSES,
  PURCHASE_TYPES,
  STATUSES_NEEDING_REASON,
  type OpportunityStatus,
} from '../../../../shared/enums.ts';
import { emptyOpportunityDraft, type Opportunity } from '../../../../shared/schemas.ts';
import { DateField } from '../../../ui/form/DateField.tsx';
import { DraftOfferAlert } from '../../../ui/form/DraftOfferAlert.tsx';
import { FormLayout } from '../../../ui/form/FormLayout.tsx';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { FormSection } from '../../../ui/form/FormSection.tsx';
import { nullableNumberProps } from '../../../ui/form/nullableNumberProps.ts';
import { pickFields } from '../../../ui/form/pickFields.ts';
import { requiredField } from '../../../ui/form/requiredField.ts';
import { useDraftForm } from '../../../ui/form/useDraftForm.ts';
import { useRecordReload } from '../../../ui/form/useRecordReload.ts';
import { accountQueries } from '../../accounts/index.ts';
import { useStageSets } from '../../stages/index.ts';
import { opportunityQueries } from '../api/opportunityQueries.ts';
import { useSaveOpportunity } from '../api/useSaveOpportunity.ts';
import { parseOpportunityForm, type OpportunityFormValues } from '../utils/parseOpportunityForm.ts';
import { useReload } from '../../../data/read.ts';
import { OwnerPicker } from '../../team/index.ts';

const wide = { style: { gridColumn: '1 / -1' } };

const valuesOf = (o: Opportunity): OpportunityFormValues => ({
  ...pickFields(emptyOpportunityDraft, o),
  accountId: o.accountId,
  stageSetId: o.stageSetId,
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
  const reloadQuery = useReload();
  const save = useSaveOpportunity();
  const stageSets = useStageSets();
  // Once the user sets a probability by hand, choosing a stage no longer overrides it; the
  // server stores it as the deal's override. "Follow the stage" drops a stored override.
  const [probabilityEdited, setProbabilityEdited] = useState(false);
  const [followStage, setFollowStage] = useState(false);
  const { form, problem, onSubmit, reload, draft } = useDraftForm({
    initialValues: opportunity
      ? valuesOf(opportunity)
      : { ...emptyOpportunityDraft, accountId, stageSetId: null },
    parse: parseOpportunityForm,
    draftKey: opportunity
      ? `opportunity:${opportunity.id}`
      : `opportunity:new${accountId ? `:${accountId}` : ''}`,
  });
  const { record, reloading, reloadRecord } = useRecordReload(
    opportunity,
    (current) => reloadQuery(opportunityQueries.detail(current.id)),
    (fresh) => {
      setProbabilityEdited(false);
      setFollowStage(false);
      reload(valuesOf(fresh));
    },
  );
  const set =
    stageSets.setOf(record?.stageSetId ?? form.values.stageSetId ?? '') ??
    stageSets.sets.data?.find((s) => s.isDefault);
  const stageProbability = (key: string | null) =>
    set?.stages.find((s) => s.key === key)?.probability;
  const overridden = record?.probabilityOverride != null && !followStage && !probabilityEdited;

  // A new deal starts at the first stage of its set (the default set until one is chosen).
  const firstStage = record === null ? set?.stages[0] : undefined;
  const stageKnown = set?.stages.some((s) => s.key === form.values.salesStage) ?? true;
  useEffect(() => {
    if (!firstStage || stageKnown) return;
    form.setFieldValue('salesStage', firstStage.key);
    if (!probabilityEdited) form.setFieldValue('probability', firstStage.probability);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- form is stable; react to the set only
  }, [firstStage, stageKnown]);
  const chooseAccount = record === null && accountId === null;
  const accounts = useQuery(accountQueries.list(false)).data;

  const field = (name: Exclude<keyof OpportunityFormValues, 'stageSetId'>) => ({
    label: t(`opportunities.fields.${name}`),
    ...form.getInputProps(name),
  });
  const stageProps = field('salesStage');
  const statusProps = field('status');
  const probabilityProps = nullableNumberProps(field('probability'));
  const needsReason = STATUSES_NEEDING_REASON.includes(form.values.status);

  const submit = onSubmit(async ({ accountId: owner, stageSetId, draft }) => {
    // The probability is sent only when typed, so a stage chosen here brings its own.
    const { probability, ...rest } = draft;
    const fields = probabilityEdited ? draft : rest;
    await save.mutateAsync(
      record
        ? {
            id: record.id,
            version: record.version,
            ...fields,
            ...(followStage && !probabilityEdited ? { probabilityOverride: null } : {}),
          }
        : {
            accountId: owner,
            ...(stageSetId ? { stageSetId } : {}),
            ...fields,
            ...(probabilityEdited ? { probability } : {}),
          },
    );
    // The app's toast says it, with Undo (renderer/app/UndoRedo.tsx).
    onSaved();
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
            // A negative amount is refused with a message, not silently turned into 0.
            clampBehavior="none"
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
        <OwnerPicker {...field('owner')} />
        <Select
          {...field('purchaseType')}
          data={PURCHASE_TYPES.map((p) => ({ value: p, label: t(`enums.purchaseType.${p}`) }))}
          description={t('opportunities.hints.purchaseType')}
          allowDeselect={false}
        />
      </FormSection>

      <FormSection legend={t('opportunities.sections.progress')}>
        {record === null && (
          <Select
            label={t('opportunityStage.stageSet')}
            error={form.getInputProps('stageSetId').error as string | undefined}
            value={set?.id ?? null}
            onChange={(value) => form.setFieldValue('stageSetId', value)}
            data={(stageSets.sets.data ?? []).map((s) => ({
              value: s.id,
              label: stageSets.setLabel(s),
            }))}
            allowDeselect={false}
            {...wide}
          />
        )}
        <Select
          {...stageProps}
          onChange={(value) => {
            stageProps.onChange(value);
            const followed = stageProbability(value);
            if (followed !== undefined && !probabilityEdited && (followStage || !overridden)) {
              form.setFieldValue('probability', followed);
            }
          }}
          data={(set?.stages ?? []).map((s, i) => ({
            value: s.key,
            label: t('opportunities.stageOption', {
              index: i + 1,
              label: stageSets.stageLabel(set!.id, s.key),
            }),
          }))}
          // An existing deal keeps its set: name it, since sets may share stage names.
          description={record && set ? stageSets.setLabel(set) : undefined}
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
          description={
            overridden ? (
              <Text span size="xs">
                {t('opportunityStage.overridden', {
                  probability: stageProbability(form.values.salesStage) ?? '—',
                })}{' '}
                <Anchor
                  component="button"
                  type="button"
                  size="xs"
                  onClick={() => {
                    setFollowStage(true);
                    const followed = stageProbability(form.values.salesStage);
                    if (followed !== undefined) form.setFieldValue('probability', followed);
                  }}
                >
                  {t('opportunityStage.followStage')}
                </Anchor>
              </Text>
            ) : (
              t('opportunities.hints.probability')
            )
          }
          min={0}
          max={100}
          // 101 is refused with a message, not silently turned into 100.
          clampBehavior="none"
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
