import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../ui/form/errorText.ts';
import { Page } from '../ui/Page.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import {
  settingsQueries,
  useUpdateSettings,
  StageSetsSettings,
  MoneyDisplaySetting,
} from '../features/settings/index.ts';
import { BuyingRolesSettings } from '../features/committee/index.ts';
import { CompetitorStaleSetting } from '../features/competition/index.ts';
import { ForecastSettings } from '../features/forecast/index.ts';
import { EvaluationWeightsSetting, RfmSetting } from '../features/scoring/index.ts';

/** Workspace settings: the buying roles and the review cadence of committee coverage. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Page>
      <PageHeader title={t('committee.settings.title')} />
      <Stack gap="lg" style={{ overflowY: 'auto' }} pb="lg" maw={960}>
        <Paper withBorder radius="md" p="md">
          <BuyingRolesSettings />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <CadenceSetting />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <CompetitorStaleSetting />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <StageSetsSettings />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <EvaluationWeightsSetting />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <RfmSetting />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <ForecastSettings />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <MoneyDisplaySetting />
        </Paper>
      </Stack>
    </Page>
  );
}

function CadenceSetting() {
  const { t } = useTranslation();
  const settings = useQuery(settingsQueries.current());
  const stored = settings.data?.reviewCadenceDays ?? 30;
  const [days, setDays] = useState<number | string>(stored);
  const save = useUpdateSettings();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { reviewCadenceDays: typeof days === 'number' ? days : Number(days) },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', message: t('committee.settings.savedNotice') }),
      },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <Title order={3} fz="lg">
          {t('committee.settings.cadenceTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('committee.settings.cadenceHint')}
        </Text>
        <Group align="flex-start" gap="sm">
          <NumberInput
            label={t('committee.settings.cadenceLabel')}
            value={days}
            onChange={setDays}
            min={1}
            max={365}
            allowDecimal={false}
            error={save.error && errorText(t, save.error)}
            w={360}
          />
          <Button type="submit" mt={25} loading={save.isPending}>
            {t('committee.settings.cadenceSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
