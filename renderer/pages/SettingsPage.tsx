import { Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REVIEW_CADENCE_DAYS } from '../../shared/enums.ts';
import { Page } from '../ui/Page.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import {
  ColorSchemeSetting,
  DaysSetting,
  StageSetsSettings,
  MoneyDisplaySetting,
} from '../features/settings/index.ts';
import { BuyingRolesSettings } from '../features/committee/index.ts';
import { CompetitorStaleSetting } from '../features/competition/index.ts';
import { ForecastSettings } from '../features/forecast/index.ts';
import { EvaluationWeightsSetting, RfmSetting } from '../features/scoring/index.ts';
import { WorkspaceSettings } from '../features/workspace/index.ts';
import { TeamSettings } from '../features/team/index.ts';
import type { SettingsSection } from '../routes/route.ts';

/**
 * Settings: the workspace file and its backups, then our team, the buying roles, cadences, stage
 * sets, scoring, forecast, money display and colour scheme. `section` brings one into view.
 */
export function SettingsPage({ section }: { section?: SettingsSection | undefined }) {
  const { t } = useTranslation();
  return (
    <Page>
      <PageHeader title={t('committee.settings.title')} />
      <Stack gap="lg" style={{ overflowY: 'auto' }} pb="lg" maw={960}>
        <Paper withBorder radius="md" p="md">
          <WorkspaceSettings focused={section === 'workspace'} />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <TeamSettings />
        </Paper>
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
        <Paper withBorder radius="md" p="md">
          <ColorSchemeSetting />
        </Paper>
      </Stack>
    </Page>
  );
}

/** How long a key person may go without contact before committee coverage flags them. */
function CadenceSetting() {
  const { t } = useTranslation();
  return (
    <DaysSetting
      field="reviewCadenceDays"
      fallback={DEFAULT_REVIEW_CADENCE_DAYS}
      text={{
        title: t('committee.settings.cadenceTitle'),
        hint: t('committee.settings.cadenceHint'),
        label: t('committee.settings.cadenceLabel'),
        save: t('committee.settings.cadenceSave'),
        saved: t('committee.settings.savedNotice'),
      }}
    />
  );
}
