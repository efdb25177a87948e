import {
  Anchor,
  Badge,
  Box,
  Group,
  List,
  RingProgress,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CoverageFlag, WhatIfChange } from '../../../../shared/committee.ts';
import { COVERAGE_POINTS } from '../../../../shared/coverage.ts';
import { COVERAGE_FLAGS } from '../../../../shared/enums.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useCoverage } from '../api/coverageQueries.ts';

type Props = {
  opportunityId: string;
  /** Unsaved changes to preview: the panel then compares the saved score with the what-if one. */
  whatIf?: WhatIfChange[];
  onSelectPerson: (personId: string) => void;
};

const NO_CHANGES: WhatIfChange[] = [];

/** The coverage score of a deal's committee, explained, and its red flags with their people. */
export function CoveragePanel({ opportunityId, whatIf = NO_CHANGES, onSelectPerson }: Props) {
  const { t } = useTranslation();
  const saved = useCoverage(opportunityId);
  const preview = useCoverage(opportunityId, whatIf);
  const previewing = whatIf.length > 0;
  const shown = previewing ? preview : saved;

  if (saved.isPending || shown.isPending) return <LoadingState />;
  if (saved.isError || shown.isError) {
    return (
      <ErrorState
        error={saved.error ?? shown.error}
        onRetry={() => void Promise.all([saved.refetch(), shown.refetch()])}
      />
    );
  }

  const savedKeys = new Set(saved.data.flags.map(flagKey));
  const shownKeys = new Set(shown.data.flags.map(flagKey));
  const cleared = previewing ? saved.data.flags.filter((f) => !shownKeys.has(flagKey(f))) : [];
  const flagItem = (flag: CoverageFlag, change?: 'appear' | 'clear') => (
    <List.Item
      key={flagKey(flag)}
      icon={
        change === 'clear' ? (
          <IconCircleCheck size={16} color="var(--mantine-color-green-6)" aria-hidden />
        ) : (
          <IconAlertTriangle size={16} color="var(--mantine-color-red-6)" aria-hidden />
        )
      }
    >
      <Group gap="xs" wrap="nowrap" align="baseline">
        <Text size="sm" td={change === 'clear' ? 'line-through' : undefined} style={{ flex: 1 }}>
          {flagText(flag, t)}
        </Text>
        {change === 'appear' && (
          <Badge size="xs" variant="light" color={change === 'appear' ? 'red' : 'green'}>
            {t(`committee.coverage.whatIf.${change}`)}
          </Badge>
        )}
        {flag.personId !== undefined && (
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => onSelectPerson(flag.personId ?? '')}
          >
            {t('committee.coverage.openPerson', {
              name: flag.params?.['name'] ?? flag.params?.['person'] ?? flag.personId,
            })}
          </Anchor>
        )}
        <Text size="sm" c="dimmed" aria-hidden>
          −{flag.points}
        </Text>
        <VisuallyHidden>
          {t('committee.coverage.pointsLabel', { points: flag.points })}
        </VisuallyHidden>
      </Group>
    </List.Item>
  );

  return (
    <Stack gap="sm" aria-label={t('committee.coverage.title')} component="section">
      <Group gap="md" wrap="nowrap">
        <RingProgress
          size={84}
          thickness={8}
          roundCaps
          sections={[{ value: shown.data.score, color: scoreColor(shown.data.score) }]}
          label={
            <Text ta="center" fw={700} size="lg" aria-hidden>
              {shown.data.score}
            </Text>
          }
        />
        <Stack gap={2}>
          <Group gap="xs">
            <Title order={4}>{t('committee.coverage.score')}</Title>
            {previewing && (
              <Badge color="orange" variant="light">
                {t('committee.coverage.whatIf.notSaved')}
              </Badge>
            )}
          </Group>
          <Text size="sm" data-testid="coverage-score">
            {previewing
              ? t('committee.coverage.whatIf.compare', {
                  saved: saved.data.score,
                  whatIf: shown.data.score,
                })
              : t('committee.coverage.scoreOf', { score: shown.data.score })}
          </Text>
        </Stack>
      </Group>

      <Box component="details">
        <Text component="summary" size="sm" c="dimmed" style={{ cursor: 'pointer' }}>
          {t('committee.coverage.explain')}
        </Text>
        <Text size="sm" mt={4}>
          {t('committee.coverage.explainBody')}
        </Text>
        <List size="sm" mt={4}>
          {RULES.map((rule) => (
            <List.Item key={rule}>
              {t(`committee.coverage.rule.${rule}`)}{' '}
              <Text span c="dimmed">
                −{COVERAGE_POINTS[rule]}
              </Text>
            </List.Item>
          ))}
        </List>
      </Box>

      <Title order={5}>{t('committee.coverage.flagsTitle')}</Title>
      {shown.data.flags.length === 0 ? (
        <Group gap="xs">
          <IconCircleCheck size={16} color="var(--mantine-color-green-6)" aria-hidden />
          <Text size="sm">{t('committee.coverage.noFlags')}</Text>
        </Group>
      ) : (
        <List spacing={4} aria-label={t('committee.coverage.flagsTitle')}>
          {shown.data.flags.map((f) =>
            flagItem(f, previewing && !savedKeys.has(flagKey(f)) ? 'appear' : undefined),
          )}
        </List>
      )}

      {previewing && cleared.length > 0 && (
        <>
          <Title order={5}>{t('committee.coverage.whatIf.clear')}</Title>
          <List spacing={4} aria-label={t('committee.coverage.whatIf.clear')}>
            {cleared.map((f) => flagItem(f, 'clear'))}
          </List>
        </>
      )}
      {previewing &&
        cleared.length === 0 &&
        shown.data.flags.every((f) => savedKeys.has(flagKey(f))) && (
          <Text size="sm" c="dimmed">
            {t('committee.coverage.whatIf.noDifference')}
          </Text>
        )}
    </Stack>
  );
}

// Every rule but the empty committee, in the order of the shared rules.
const RULES = COVERAGE_FLAGS.filter((code) => code !== 'empty_committee');

const flagKey = (f: CoverageFlag) =>
  `${f.code}:${f.personId ?? ''}:${f.params?.['competitor'] ?? ''}`;

const scoreColor = (score: number) => (score >= 80 ? 'green' : score >= 50 ? 'yellow' : 'red');

type T = ReturnType<typeof useTranslation>['t'];

/** A flag in the user's language; the variant follows the params the rule filled in. */
export function flagText(flag: CoverageFlag, typed: T): string {
  // Free-form params make i18next's key typing too deep once the messages grow; the keys below
  // are still checked by the i18n parity test.
  const t = typed as unknown as (key: string, options?: Record<string, string | number>) => string;
  const params = flag.params ?? {};
  switch (flag.code) {
    case 'no_contact_above_handler':
      return 'name' in params
        ? t('committee.coverage.flags.no_contact_above_handler.one', params)
        : 'handlers' in params
          ? t('committee.coverage.flags.no_contact_above_handler.many', params)
          : t('committee.coverage.flags.no_contact_above_handler.none');
    case 'single_thread':
      return 'name' in params
        ? t('committee.coverage.flags.single_thread.one', params)
        : t('committee.coverage.flags.single_thread.nobody');
    case 'competitor_closer':
      // The backend names the person `person`; an unknown rep is left empty.
      return params['rep']
        ? t('committee.coverage.flags.competitor_closer.rep', params)
        : t('committee.coverage.flags.competitor_closer.noRep', params);
    case 'stale_contact':
      return 'days' in params
        ? t('committee.coverage.flags.stale_contact.days', params)
        : t('committee.coverage.flags.stale_contact.undated', params);
    default:
      return t(`committee.coverage.flags.${flag.code}`, params);
  }
}
