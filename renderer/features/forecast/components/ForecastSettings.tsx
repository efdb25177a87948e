import { Button, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CATEGORY_THRESHOLDS } from '../../../../shared/forecast.ts';
import { fromZodIssues, makeIssue } from '../../../../shared/issues.ts';
import { DEFAULT_REVIEW_RULES } from '../../../../shared/pipeline.ts';
import { settings as settingsSchema, type Settings } from '../../../../shared/schemas.ts';
import { RpcError } from '../../../api/RpcError.ts';
import { errorText } from '../../../ui/form/errorText.ts';
import { issueMessage } from '../../../ui/form/issueMessage.ts';
import { settingsQueries, useUpdateSettings } from '../../settings/index.ts';
import { announceDone } from '../../../data/undoSteps.ts';

const FIELDS = [
  'reviewNotUpdatedDays',
  'reviewStalledDays',
  'reviewNoIntentDays',
  'forecastCommitMin',
  'forecastBestCaseMin',
] as const;
type Field = (typeof FIELDS)[number];
type Values = Pick<Settings, Field>;

const schema = settingsSchema.pick({
  reviewNotUpdatedDays: true,
  reviewStalledDays: true,
  reviewNoIntentDays: true,
  forecastCommitMin: true,
  forecastBestCaseMin: true,
});

const DEFAULTS: Values = {
  reviewNotUpdatedDays: DEFAULT_REVIEW_RULES.notUpdatedDays,
  reviewStalledDays: DEFAULT_REVIEW_RULES.stalledDays,
  reviewNoIntentDays: DEFAULT_REVIEW_RULES.noIntentDays,
  forecastCommitMin: DEFAULT_CATEGORY_THRESHOLDS.commitMin,
  forecastBestCaseMin: DEFAULT_CATEGORY_THRESHOLDS.bestCaseMin,
};

/** The 1-15-30 review-queue days and the forecast category thresholds. */
export function ForecastSettings() {
  const settings = useQuery(settingsQueries.current());
  // Drawn once the stored values are here; when they change (an undo, another window) the form
  // starts again from them.
  if (!settings.data) return null;
  return <ForecastSettingsForm key={JSON.stringify(pick(settings.data))} />;
}

function ForecastSettingsForm() {
  const { t } = useTranslation();
  const settings = useQuery(settingsQueries.current());
  const [values, setValues] = useState<Record<Field, number | string>>(() => ({
    ...DEFAULTS,
    ...(settings.data ? pick(settings.data) : {}),
  }));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const save = useUpdateSettings();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const raw = Object.fromEntries(
      FIELDS.map((f) => {
        const v = values[f];
        return [f, typeof v === 'number' ? v : v === '' ? undefined : Number(v)];
      }),
    );
    const local = schema.safeParse(raw);
    const issues = local.success
      ? local.data.forecastBestCaseMin > local.data.forecastCommitMin
        ? [makeIssue(['forecastBestCaseMin'], 'too_big', { max: local.data.forecastCommitMin })]
        : []
      : fromZodIssues(local.error.issues);
    if (!local.success || issues.length > 0) {
      setErrors(byField(issues.map((i) => [i.path[0], issueMessage(t, i)])));
      return;
    }
    setErrors({});
    save.mutate(local.data, {
      onSuccess: () => announceDone(t('forecast.settings.savedNotice')),
      onError: (e) =>
        setErrors(
          e instanceof RpcError && e.issues.length > 0
            ? byField(e.issues.map((i) => [i.path[0], issueMessage(t, i)]))
            : { reviewNotUpdatedDays: errorText(t, e) },
        ),
    });
  };

  const input = (field: Field, max: number) => (
    <NumberInput
      label={t(`forecast.settings.${field}`)}
      value={values[field]}
      onChange={(v) => setValues((s) => ({ ...s, [field]: v }))}
      min={field.startsWith('forecast') ? 0 : 1}
      max={max}
      allowDecimal={false}
      // Out-of-range input is refused with a message, not silently clamped.
      clampBehavior="none"
      error={errors[field]}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('forecast.settings.title')}>
      <Stack gap="xs">
        <Title order={3} fz="lg">
          {t('forecast.settings.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('forecast.settings.hint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {input('reviewNotUpdatedDays', 365)}
          {input('reviewStalledDays', 365)}
          {input('reviewNoIntentDays', 730)}
          {input('forecastCommitMin', 100)}
          {input('forecastBestCaseMin', 100)}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('forecast.settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const pick = (s: Settings): Values => Object.fromEntries(FIELDS.map((f) => [f, s[f]])) as Values;

const byField = (pairs: [unknown, string][]): Partial<Record<Field, string>> =>
  Object.fromEntries(
    pairs.filter((p): p is [Field, string] => (FIELDS as readonly unknown[]).includes(p[0])),
  );
