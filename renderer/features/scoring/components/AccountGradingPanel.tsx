import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CREDIT_RISK_FLAGS, type CreditRiskFlag } from '../../../../shared/enums.ts';
import { accountScoringSave, type AccountScoring } from '../../../../shared/evaluation.ts';
import type { Issue } from '../../../../shared/issues.ts';
import { localDay } from '../../../../shared/localDate.ts';
import { useReload } from '../../../data/read.ts';
import { DateField } from '../../../ui/form/DateField.tsx';
import { FormProblemAlert } from '../../../ui/form/FormProblemAlert.tsx';
import { nullableNumberProps } from '../../../ui/form/nullableNumberProps.ts';
import { useDraftForm } from '../../../ui/form/useDraftForm.ts';
import { zodParser } from '../../../ui/form/zodParser.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { scoringQueries } from '../api/scoringQueries.ts';
import { useSaveAccountScoring } from '../api/useScoringSaves.ts';
import { Loaded } from './Loaded.tsx';
import { announceDone } from '../../../data/undoSteps.ts';

type FlagValues = { on: boolean; date: string | null; note: string };
type Values = {
  lastPurchaseDate: string | null;
  purchaseCount: number | null;
  purchaseAmount: number | null;
  flags: Record<CreditRiskFlag, FlagValues>;
  creditNote: string;
};

function valuesOf(g: AccountScoring): Values {
  const flags = Object.fromEntries(
    CREDIT_RISK_FLAGS.map((flag) => {
      const set = g.creditFlags.find((f) => f.flag === flag);
      return [flag, { on: set !== undefined, date: set?.date ?? null, note: set?.note ?? '' }];
    }),
  ) as Record<CreditRiskFlag, FlagValues>;
  return {
    lastPurchaseDate: g.lastPurchaseDate,
    purchaseCount: g.purchaseCount,
    purchaseAmount: g.purchaseAmount,
    flags,
    creditNote: g.creditNote,
  };
}

// Flags go out in the order of the list; an issue's index is mapped back to its flag.
const chosenOf = (values: Values) => CREDIT_RISK_FLAGS.filter((f) => values.flags[f].on);

const parseSave = zodParser(accountScoringSave);

const SHOWN = ['lastPurchaseDate', 'purchaseCount', 'purchaseAmount', 'creditNote'];

/** 'creditFlags.2.date' → 'flags.<the third ticked flag>.date', the path the inputs show. */
function fieldOf(path: Issue['path'], values: Values): string | null {
  const [top, index, key] = path;
  if (top === 'creditFlags' && typeof index === 'number') {
    const flag = chosenOf(values)[index];
    return flag ? `flags.${flag}.${key === 'note' ? 'note' : 'date'}` : null;
  }
  return typeof top === 'string' && SHOWN.includes(top) ? top : null;
}

/**
 * The account's grading (DOMAIN.md §2): RFM figures with the resulting points and tier, and the
 * credit-risk warning signs with their dates and notes. The grade A–D stays on the profile.
 */
export function AccountGradingPanel({ accountId }: { accountId: string }) {
  return (
    <Loaded query={scoringQueries.account(accountId)}>
      {(grading) => <GradingForm key={grading.version} grading={grading} />}
    </Loaded>
  );
}

function GradingForm({ grading: g }: { grading: AccountScoring }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const reloadQuery = useReload();
  const save = useSaveAccountScoring();
  const { form, problem, onSubmit, lengthProps } = useDraftForm({
    initialValues: valuesOf(g),
    schema: accountScoringSave,
    parse: (values) =>
      parseSave({
        accountId: g.accountId,
        version: g.version,
        lastPurchaseDate: values.lastPurchaseDate,
        purchaseCount: values.purchaseCount,
        purchaseAmount: values.purchaseAmount,
        // A ticked sign without a date is checked as it is, so that its date is asked for.
        creditFlags: chosenOf(values).map((flag) => ({
          flag,
          date: values.flags[flag].date as string,
          note: values.flags[flag].note,
        })),
        creditNote: values.creditNote,
      }),
    fieldOf,
  });
  const { values } = form;

  const submit = onSubmit(async (input) => {
    await save.mutateAsync(input);
    announceDone(t('scoring.account.saved'));
  });
  const setFlag = (flag: CreditRiskFlag, patch: Partial<FlagValues>) =>
    form.setFieldValue(`flags.${flag}`, { ...values.flags[flag], ...patch });

  return (
    <form onSubmit={submit} aria-label={t('scoring.account.title')} noValidate>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" pb="md">
        <GradingSection
          title={t('scoring.account.rfmTitle')}
          hint={t('scoring.account.rfmHint')}
          color="indigo.8"
        >
          <Text fz={24} fw={700} data-testid="rfm-result">
            {g.rfm
              ? g.rfm.tier
                ? t('scoring.account.pointsTier', {
                    points: fmt.integer(g.rfm.points),
                    tier: t(`enums.rfmTier.${g.rfm.tier}`),
                  })
                : t('scoring.account.points', { points: fmt.integer(g.rfm.points) })
              : t('scoring.account.noRfm')}
          </Text>
          {g.rfm && (
            <Text size="sm" c="dimmed">
              {t('scoring.account.breakdown', {
                r: g.rfm.scores.r,
                f: g.rfm.scores.f,
                m: g.rfm.scores.m,
                days: g.rfm.recencyDays,
              })}
            </Text>
          )}
          <DateField
            {...form.getInputProps('lastPurchaseDate')}
            label={t('scoring.account.lastPurchaseDate')}
          />
          <SimpleGrid cols={2}>
            <NumberInput
              {...nullableNumberProps(form.getInputProps('purchaseCount'))}
              label={t('scoring.account.purchaseCount')}
              clampBehavior="none"
              allowDecimal={false}
            />
            <NumberInput
              {...nullableNumberProps(form.getInputProps('purchaseAmount'))}
              label={t('scoring.account.purchaseAmount')}
              clampBehavior="none"
              thousandSeparator=","
            />
          </SimpleGrid>
        </GradingSection>
        <GradingSection
          title={t('scoring.account.creditTitle')}
          hint={t('scoring.account.creditHint')}
          color="red.8"
        >
          {CREDIT_RISK_FLAGS.map((flag) => {
            const f = values.flags[flag];
            const label = t(`enums.creditRiskFlag.${flag}`);
            return (
              <Stack key={flag} gap={4}>
                <Checkbox
                  label={label}
                  checked={f.on}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    // Noticed today unless told otherwise (UTC, the server's calendar).
                    setFlag(flag, { on, date: f.date ?? localDay() });
                  }}
                />
                {f.on && (
                  <Group gap="xs" pl={28} align="flex-start" wrap="nowrap">
                    <DateField
                      {...form.getInputProps(`flags.${flag}.date`)}
                      aria-label={t('common.labelled', {
                        label: t('scoring.account.flagDate'),
                        value: label,
                      })}
                      w={160}
                    />
                    <TextInput
                      {...form.getInputProps(`flags.${flag}.note`)}
                      {...lengthProps('creditFlags.0.note')}
                      aria-label={t('common.labelled', {
                        label: t('scoring.account.flagNote'),
                        value: label,
                      })}
                      placeholder={t('scoring.account.flagNote')}
                      flex={1}
                    />
                  </Group>
                )}
              </Stack>
            );
          })}
          <Textarea
            {...form.getInputProps('creditNote')}
            {...lengthProps('creditNote')}
            label={t('scoring.account.creditNote')}
            autosize
            minRows={2}
          />
        </GradingSection>
      </SimpleGrid>
      <Stack gap="sm" pb="md">
        {problem && (
          <FormProblemAlert
            problem={problem}
            onReload={() => void reloadQuery(scoringQueries.account(g.accountId))}
          />
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('scoring.account.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One half of the grading: a titled card. */
function GradingSection(props: {
  title: string;
  hint: string;
  color: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={props.title}>
      <Stack gap="sm">
        <div>
          <Title order={3} fz="sm" tt="uppercase" c={props.color} style={{ letterSpacing: 0.4 }}>
            {props.title}
          </Title>
          <Text size="sm" c="dimmed">
            {props.hint}
          </Text>
        </div>
        {props.children}
      </Stack>
    </Paper>
  );
}
