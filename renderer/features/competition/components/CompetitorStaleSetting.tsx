import { Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_COMPETITOR_STALE_DAYS } from '../../../../shared/enums.ts';
import { settings as settingsSchema } from '../../../../shared/schemas.ts';
import { fromZodIssues } from '../../../../shared/issues.ts';
import { errorText } from '../../../ui/form/errorText.ts';
import { issueMessage } from '../../../ui/form/issueMessage.ts';
import { settingsQueries, useUpdateSettings } from '../../settings/index.ts';

const daysSchema = settingsSchema.shape.competitorStaleDays;

/** After how many days without a check a competitor entry is marked stale. */
export function CompetitorStaleSetting() {
  const { t } = useTranslation();
  const settings = useQuery(settingsQueries.current());
  const stored = settings.data?.competitorStaleDays ?? DEFAULT_COMPETITOR_STALE_DAYS;
  const [days, setDays] = useState<number | string>(stored);
  // A value refused here, before asking the store.
  const [invalid, setInvalid] = useState<string | null>(null);
  const save = useUpdateSettings();
  const error = invalid ?? (save.error ? errorText(t, save.error) : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = typeof days === 'number' ? days : days === '' ? undefined : Number(days);
    const local = daysSchema.safeParse(value);
    if (!local.success) {
      const issue = fromZodIssues(local.error.issues)[0];
      if (issue) setInvalid(issueMessage(t, issue));
      return;
    }
    setInvalid(null);
    save.mutate(
      { competitorStaleDays: local.data },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', message: t('competition.settings.savedNotice') }),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Title order={3} fz="lg">
          {t('competition.settings.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('competition.settings.hint')}
        </Text>
        <Group align="flex-start" gap="sm">
          <NumberInput
            label={t('competition.settings.label')}
            value={days}
            onChange={setDays}
            min={1}
            max={3650}
            allowDecimal={false}
            // Out-of-range input is refused with a message, not silently clamped.
            clampBehavior="none"
            error={error}
            w={360}
          />
          <Button type="submit" mt={25} loading={save.isPending}>
            {t('competition.settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
