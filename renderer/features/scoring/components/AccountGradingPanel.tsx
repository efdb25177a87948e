import {
  Alert,
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
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { numberOrNull } from '../../../ui/form/nullableNumberProps.ts';
import { CREDIT_RISK_FLAGS, type CreditRiskFlag } from '../../../../shared/enums.ts';
import type { AccountScoring } from '../../../../shared/evaluation.ts';
import { localDay } from '../../../../shared/localDate.ts';
import { DateField } from '../../../ui/form/DateField.tsx';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { scoringQueries } from '../api/scoringQueries.ts';
import { useSaveAccountScoring } from '../api/useScoringSaves.ts';
import { fieldErrors, noErrors, type FieldErrors } from '../utils/fieldErrors.ts';

type FlagDraft = { on: boolean; date: string | null; note: string };
type Draft = {
  lastPurchaseDate: string | null;
  purchaseCount: number | string;
  purchaseAmount: number | string;
  flags: Record<CreditRiskFlag, FlagDraft>;
  creditNote: string;
};

function toDraft(g: AccountScoring): Draft {
  const flags = Object.fromEntries(
    CREDIT_RISK_FLAGS.map((flag) => {
      const set = g.creditFlags.find((f) => f.flag === flag);
      return [flag, { on: set !== undefined, date: set?.date ?? null, note: set?.note ?? '' }];
    }),
  ) as Record<CreditRiskFlag, FlagDraft>;
  return {
    lastPurchaseDate: g.lastPurchaseDate,
    purchaseCount: g.purchaseCount ?? '',
    purchaseAmount: g.purchaseAmount ?? '',
    flags,
    creditNote: g.creditNote,
  };
}

/**
 * The account's grading (DOMAIN.md §2): RFM figures with the resulting points and tier, and the
 * credit-risk warning signs with their dates and notes. The grade A–D stays on the profile.
 */
export function AccountGradingPanel({ accountId }: { accountId: string }) {
  const grading = useQuery(scoringQueries.account(accountId));
  if (grading.isPending) return <LoadingState />;
  if (grading.isError) {
    return <ErrorState error={grading.error} onRetry={() => void grading.refetch()} />;
  }
  return <GradingForm key={grading.data.version} grading={grading.data} />;
}

function GradingForm({ grading: g }: { grading: AccountScoring }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [draft, setDraft] = useState<Draft>(() => toDraft(g));
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const save = useSaveAccountScoring();

  // Flags go out in the order of the list; an error's index is mapped back to its flag.
  const chosen = CREDIT_RISK_FLAGS.filter((f) => draft.flags[f].on);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors(noErrors);
    save.mutate(
      {
        accountId: g.accountId,
        version: g.version,
        lastPurchaseDate: draft.lastPurchaseDate,
        purchaseCount: numberOrNull(draft.purchaseCount),
        purchaseAmount: numberOrNull(draft.purchaseAmount),
        // A ticked sign without a date is sent as it is, so the server names the missing date.
        creditFlags: chosen.map((flag) => ({
          flag,
          date: draft.flags[flag].date as string,
          note: draft.flags[flag].note,
        })),
        creditNote: draft.creditNote,
      },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('scoring.account.saved') }),
        onError: (error) => {
          const found = fieldErrors(t, error, () => true);
          // 'creditFlags.2.date' → 'flag.<key>.date', the path the inputs show.
          const byPath: Record<string, string> = {};
          for (const [path, message] of Object.entries(found.byPath)) {
            const m = /^creditFlags\.(\d+)\.(\w+)$/.exec(path);
            const flag = m ? chosen[Number(m[1])] : undefined;
            byPath[flag ? `flag.${flag}.${m?.[2] === 'note' ? 'note' : 'date'}` : path] = message;
          }
          const shown = new Set([
            'lastPurchaseDate',
            'purchaseCount',
            'purchaseAmount',
            'creditNote',
            ...chosen.flatMap((f) => [`flag.${f}.date`, `flag.${f}.note`]),
          ]);
          const general =
            found.general ?? Object.entries(byPath).find(([path]) => !shown.has(path))?.[1] ?? null;
          setErrors({ byPath, general });
        },
      },
    );
  };
  const setFlag = (flag: CreditRiskFlag, patch: Partial<FlagDraft>) =>
    setDraft((d) => ({ ...d, flags: { ...d.flags, [flag]: { ...d.flags[flag], ...patch } } }));

  return (
    <form onSubmit={submit} aria-label={t('scoring.account.title')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" pb="md">
        <Paper
          withBorder
          radius="md"
          p="md"
          component="section"
          aria-label={t('scoring.account.rfmTitle')}
        >
          <Stack gap="sm">
            <div>
              <Title order={3} fz="sm" tt="uppercase" c="indigo.8" style={{ letterSpacing: 0.4 }}>
                {t('scoring.account.rfmTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('scoring.account.rfmHint')}
              </Text>
            </div>
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
              label={t('scoring.account.lastPurchaseDate')}
              value={draft.lastPurchaseDate}
              onChange={(date) => setDraft((d) => ({ ...d, lastPurchaseDate: date }))}
              error={errors.byPath.lastPurchaseDate}
            />
            <SimpleGrid cols={2}>
              <NumberInput
                label={t('scoring.account.purchaseCount')}
                value={draft.purchaseCount}
                onChange={(v) => setDraft((d) => ({ ...d, purchaseCount: v }))}
                clampBehavior="none"
                allowDecimal={false}
                error={errors.byPath.purchaseCount}
              />
              <NumberInput
                label={t('scoring.account.purchaseAmount')}
                value={draft.purchaseAmount}
                onChange={(v) => setDraft((d) => ({ ...d, purchaseAmount: v }))}
                clampBehavior="none"
                thousandSeparator=","
                error={errors.byPath.purchaseAmount}
              />
            </SimpleGrid>
          </Stack>
        </Paper>
        <Paper
          withBorder
          radius="md"
          p="md"
          component="section"
          aria-label={t('scoring.account.creditTitle')}
        >
          <Stack gap="sm">
            <div>
              <Title order={3} fz="sm" tt="uppercase" c="red.8" style={{ letterSpacing: 0.4 }}>
                {t('scoring.account.creditTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('scoring.account.creditHint')}
              </Text>
            </div>
            {CREDIT_RISK_FLAGS.map((flag) => {
              const f = draft.flags[flag];
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
                        aria-label={t('common.labelled', {
                          label: t('scoring.account.flagDate'),
                          value: label,
                        })}
                        value={f.date}
                        onChange={(date) => setFlag(flag, { date })}
                        error={errors.byPath[`flag.${flag}.date`]}
                        w={160}
                      />
                      <TextInput
                        aria-label={t('common.labelled', {
                          label: t('scoring.account.flagNote'),
                          value: label,
                        })}
                        placeholder={t('scoring.account.flagNote')}
                        value={f.note}
                        onChange={(event) => setFlag(flag, { note: event.currentTarget.value })}
                        error={errors.byPath[`flag.${flag}.note`]}
                        flex={1}
                      />
                    </Group>
                  )}
                </Stack>
              );
            })}
            <Textarea
              label={t('scoring.account.creditNote')}
              value={draft.creditNote}
              onChange={(event) => {
                const creditNote = event.currentTarget.value;
                setDraft((d) => ({ ...d, creditNote }));
              }}
              error={errors.byPath.creditNote}
              autosize
              minRows={2}
            />
          </Stack>
        </Paper>
      </SimpleGrid>
      <Stack gap="sm" pb="md">
        {errors.general && (
          <Alert color="red" title={t('errors.saveTitle')}>
            {errors.general}
          </Alert>
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
