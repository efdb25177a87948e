import { Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { Page } from '../ui/Page.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { scoringQueries, QuadrantChart, QuadrantTable } from '../features/scoring/index.ts';

/** Where to put effort: every open deal on the attractiveness × feasibility quadrant. */
export function EvaluationPage() {
  const { t } = useTranslation();
  const view = useQuery(scoringQueries.quadrant());
  return (
    <Page>
      <PageHeader title={t('scoring.quadrant.title')} />
      <Stack gap="md" style={{ overflowY: 'auto' }} pb="lg">
        <Text size="sm" c="dimmed">
          {t('scoring.quadrant.subtitle')}
        </Text>
        {view.isPending && <LoadingState />}
        {view.isError && <ErrorState error={view.error} onRetry={() => void view.refetch()} />}
        {view.data && (
          <>
            <Paper withBorder radius="md" p="md">
              <QuadrantChart view={view.data} />
            </Paper>
            <Paper withBorder radius="md" p="md">
              <QuadrantTable deals={view.data.deals} />
            </Paper>
          </>
        )}
      </Stack>
    </Page>
  );
}
