import { Box, Paper, SimpleGrid, Stack, Switch } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeMember, WhatIfChange } from '../../shared/committee.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { useDrawerTarget } from '../ui/useDrawerTarget.ts';
import { peopleQueries } from '../features/people/index.ts';
import {
  buyingRoleQueries,
  committeeQueries,
  CommitteeMatrix,
  type FocusRequest,
  CoveragePanel,
  InfluenceAttitudeGrid,
  PersonPanel,
  WhatIfPanel,
} from '../features/committee/index.ts';

type CommitteeTabProps = {
  opportunityId: string;
  dealName: string;
  accountId: string;
  focusRequest: FocusRequest | null;
  onFocusPerson: (personId: string) => void;
};

/**
 * The deal page's committee tab: the matrix on top, coverage and what-if beside the
 * influence/attitude grid below, and the person panel a row opens.
 */
export function DealCommitteeTab({
  opportunityId,
  dealName,
  accountId,
  focusRequest,
  onFocusPerson,
}: CommitteeTabProps) {
  const { t } = useTranslation();
  const committee = useQuery(committeeQueries.members(opportunityId));
  const people = useQuery(peopleQueries.list(accountId));
  const roles = useQuery(buyingRoleQueries.list());
  const panel = useDrawerTarget<CommitteeMember>();
  const [whatIfOn, setWhatIfOn] = useState(false);
  const [whatIf, setWhatIf] = useState<WhatIfChange[]>([]);

  if (committee.isPending || people.isPending || roles.isPending) return <LoadingState />;
  const failed = committee.error ?? people.error ?? roles.error;
  if (failed) {
    return (
      <ErrorState
        error={failed}
        onRetry={() => void Promise.all([committee.refetch(), people.refetch(), roles.refetch()])}
      />
    );
  }
  const members = committee.data?.members ?? [];
  const everyone = people.data ?? [];
  const nameOf = (personId: string) => everyone.find((p) => p.id === personId)?.name ?? personId;
  const openPerson = (personId: string) => {
    const member = members.find((m) => m.personId === personId);
    if (member) panel.open(member);
  };

  return (
    <Stack gap="md" pb="md">
      {/* The matrix takes the rows it needs: the tab panel is the deal page's one scroll bar. */}
      <Box style={{ display: 'flex', flexDirection: 'column', minHeight: 240 }}>
        <CommitteeMatrix
          opportunityId={opportunityId}
          dealName={dealName}
          accountId={accountId}
          members={members}
          people={everyone}
          roles={roles.data ?? []}
          onOpenPerson={openPerson}
          focusRequest={focusRequest}
        />
      </Box>
      <SimpleGrid cols={2} spacing="md">
        <Stack gap="md">
          <Paper withBorder radius="md" p="md">
            <CoveragePanel
              opportunityId={opportunityId}
              whatIf={whatIfOn ? whatIf : undefined}
              onSelectPerson={onFocusPerson}
            />
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Switch
              label={t('committee.coverage.whatIf.title')}
              description={t('committee.coverage.whatIf.notSaved')}
              checked={whatIfOn}
              onChange={(event) => {
                setWhatIfOn(event.currentTarget.checked);
                setWhatIf([]);
              }}
            />
            {whatIfOn && (
              <Box mt="sm">
                <WhatIfPanel
                  members={members}
                  people={everyone}
                  value={whatIf}
                  onChange={setWhatIf}
                />
              </Box>
            )}
          </Paper>
        </Stack>
        <Paper withBorder radius="md" p="md">
          <InfluenceAttitudeGrid
            members={members}
            people={everyone}
            onSelectPerson={onFocusPerson}
          />
        </Paper>
      </SimpleGrid>
      <PersonPanel drawer={panel} opportunityId={opportunityId} nameOf={nameOf} />
    </Stack>
  );
}
