import { Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../../../shared/schemas.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { committeeQueries } from '../../committee/index.ts';
import { peopleQueries } from '../../people/index.ts';
import { competitionQueries } from '../api/competitionQueries.ts';
import { swotPrefill } from '../utils/swotPrefill.ts';
import { CriteriaGrid } from './CriteriaGrid.tsx';
import { CriteriaRadar } from './CriteriaRadar.tsx';
import { DealCompetitorsSection } from './DealCompetitorsSection.tsx';
import { GapList } from './GapList.tsx';
import { OutcomeSection } from './OutcomeSection.tsx';
import { SwotEditor } from './SwotEditor.tsx';
import { VendorTotals } from './VendorTotals.tsx';

type Translate = (key: string, options?: Record<string, string | number>) => string;

/**
 * A deal's competition (DOMAIN.md §6): who is in and how they stand, the buying criteria scored
 * for us and each competitor with the weighted comparison, the SWOT and, once closed, who won.
 */
export function CompetitionTab({ opportunity: o }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const closed = o.status !== 'open';
  const entries = useQuery(competitionQueries.dealCompetitors(o.id));
  const comparison = useQuery(competitionQueries.comparison(o.id));
  const library = useQuery(competitionQueries.list(false));
  const committee = useQuery(committeeQueries.members(o.id));
  const people = useQuery(peopleQueries.list(o.accountId));
  const swot = useQuery(competitionQueries.swot(o.id));
  const outcome = useQuery({ ...competitionQueries.outcome(o.id), enabled: closed });

  const queries = [entries, comparison, library, committee, people, swot];
  if (queries.some((q) => q.isPending) || (closed && outcome.isPending)) return <LoadingState />;
  const failed = queries.find((q) => q.isError) ?? (outcome.isError ? outcome : undefined);
  if (failed) {
    return (
      <ErrorState
        error={failed.error}
        onRetry={() => void Promise.all([...queries, outcome].map((q) => q.refetch()))}
      />
    );
  }
  const dealCompetitors = entries.data ?? [];
  const compared = comparison.data;
  const members = committee.data?.members ?? [];
  const everyone = people.data ?? [];
  if (!compared) return <LoadingState />;

  const raw = t as unknown as Translate;
  const suggestion = swotPrefill(
    {
      comparison: compared,
      dealCompetitors,
      weaknessesOf: (id) => library.data?.find((c) => c.id === id)?.weaknesses ?? '',
      members,
      nameOf: (id) => everyone.find((p) => p.id === id)?.name ?? id,
    },
    (key, params) => raw(`competition.swot.line.${key}`, params),
    (key) => raw(key),
  );

  return (
    <Stack gap="md" pb="md">
      <Section title={t('competition.tab.competitorsTitle')}>
        <DealCompetitorsSection
          opportunityId={o.id}
          entries={dealCompetitors}
          library={library.data ?? []}
          members={members}
          people={everyone}
        />
      </Section>

      <Section title={t('competition.criteria.title')}>
        <CriteriaGrid opportunityId={o.id} dealName={o.name} comparison={compared} />
      </Section>

      {compared.criteria.length > 0 && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <Stack gap="md">
            <Section title={t('competition.totals.title')}>
              <VendorTotals vendors={compared.vendors} />
            </Section>
            <Section title={t('competition.gaps.title')}>
              <GapList gaps={compared.gaps} />
            </Section>
          </Stack>
          <Paper withBorder radius="md" p="md">
            <CriteriaRadar comparison={compared} />
          </Paper>
        </SimpleGrid>
      )}

      <Section title={t('competition.swot.title')}>
        <SwotEditor
          // A fresh editor for each saved version (an undo brings an older text back); a refetch
          // of the same version leaves edits alone.
          key={swot.data ? `saved:${swot.data.version}` : 'new'}
          opportunityId={o.id}
          saved={swot.data ?? null}
          suggestion={suggestion}
        />
      </Section>

      {closed && (
        <Section title={t('competition.outcome.title')}>
          <OutcomeSection
            key={outcome.data ? `saved:${outcome.data.version}` : 'new'}
            opportunityId={o.id}
            status={o.status}
            saved={outcome.data ?? null}
            dealCompetitors={dealCompetitors}
          />
        </Section>
      )}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title order={3} fz="lg" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
