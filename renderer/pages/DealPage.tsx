import { Anchor, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import {
  IconCalendarEvent,
  IconHierarchy2,
  IconStairsUp,
  IconHistory,
  IconPencil,
  IconScale,
  IconSwords,
  IconTargetArrow,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../shared/schemas.ts';
import { navigate } from '../routes/navigate.ts';
import { DEAL_TABS, route, type DealTab } from '../routes/route.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { Page } from '../ui/Page.tsx';
import { useDrawerTarget } from '../ui/useDrawerTarget.ts';
import { useFormatters } from '../ui/useFormatters.ts';
import { accountQueries } from '../features/accounts/index.ts';
import {
  opportunityQueries,
  useDealStage,
  OpportunityFormDrawer,
  StatusBadge,
} from '../features/opportunities/index.ts';
import { CommitteeChanges, type FocusRequest } from '../features/committee/index.ts';
import { BackButton } from '../ui/BackButton.tsx';
import { CompetitionTab } from '../features/competition/index.ts';
import { NegotiationTab } from '../features/negotiation/index.ts';
import { StageTab } from '../features/stages/index.ts';
import { ActivitiesPanel } from '../features/activities/index.ts';
import { EvaluationTab } from '../features/scoring/index.ts';
import { ReviewPackButton } from '../features/reviewPack/index.ts';
import { DealCommitteeTab } from './DealCommitteeTab.tsx';

const isTab = (value: string | null): value is DealTab => DEAL_TABS.some((t) => t === value);

/**
 * A tab's panel is the deal page's one scroll bar. Positioned, so that absolutely placed content
 * inside it (visually hidden labels) scrolls with it instead of stretching the whole window.
 */
const PANEL = { overflowY: 'auto', position: 'relative' } as const;

/**
 * One deal: its header, then the buying committee — the matrix on top, coverage and what-if
 * beside it — so a manager sees in one screen who decides, who is against us and what is not
 * covered; the Changes tab lists what moved for a review.
 */
export function DealPage({ id, tab, sheetId }: { id: string; tab: DealTab; sheetId?: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { stageText } = useDealStage();
  const opportunity = useQuery(opportunityQueries.detail(id));
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const focusPerson = (personId: string) => {
    navigate({ name: 'deal', id, tab: 'committee' }, { replace: true });
    setFocusRequest((r) => ({ personId, nonce: (r?.nonce ?? 0) + 1 }));
  };
  const drawer = useDrawerTarget<Opportunity | 'new'>();

  const back = (
    <BackButton
      label={t('committee.deal.backToOpportunities')}
      onClick={() => navigate({ name: 'opportunities' })}
    />
  );

  if (opportunity.isPending) return <LoadingState />;
  if (opportunity.isError) {
    return (
      <Page>
        <Group>{back}</Group>
        <ErrorState
          error={opportunity.error}
          onRetry={() => void opportunity.refetch()}
          title={t('errors.loadTitle')}
        />
      </Page>
    );
  }
  const o = opportunity.data;
  const stage = stageText(o);

  return (
    <Page>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          {back}
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={1} fz={22}>
                {o.name}
              </Title>
              <StatusBadge status={o.status} />
            </Group>
            <DealFacts opportunity={o} stage={stage} money={fmt.money(o.amount, o.currency)} />
          </Stack>
        </Group>
        <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
          <ReviewPackButton opportunityId={o.id} />
          <Button
            component="a"
            variant="default"
            leftSection={<IconHierarchy2 size={16} />}
            href={route.href({ name: 'account', id: o.accountId, tab: 'map', opportunityId: o.id })}
          >
            {t('orgmap.showOnMap')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconPencil size={16} />}
            onClick={() => drawer.open(o)}
          >
            {t('common.edit')}
          </Button>
        </Group>
      </Group>

      <Tabs
        value={tab}
        onChange={(next) =>
          isTab(next) && navigate({ name: 'deal', id, tab: next }, { replace: true })
        }
        keepMounted={false}
        flex={1}
        mih={0}
        style={{ display: 'flex', flexDirection: 'column' }}
      >
        <Tabs.List aria-label={t('committee.deal.tabsLabel')}>
          <Tabs.Tab value="committee" leftSection={<IconUsersGroup size={16} />}>
            {t('committee.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="stage" leftSection={<IconStairsUp size={16} />}>
            {t('stages.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="activities" leftSection={<IconCalendarEvent size={16} />}>
            {t('activities.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="changes" leftSection={<IconHistory size={16} />}>
            {t('committee.deal.changesTab')}
          </Tabs.Tab>
          <Tabs.Tab value="competition" leftSection={<IconSwords size={16} />}>
            {t('competition.tab.title')}
          </Tabs.Tab>
          <Tabs.Tab value="negotiation" leftSection={<IconScale size={16} />}>
            {t('competition.tab.negotiation')}
          </Tabs.Tab>
          <Tabs.Tab value="evaluation" leftSection={<IconTargetArrow size={16} />}>
            {t('scoring.deal.tab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="committee" flex={1} mih={0} pt="sm" style={PANEL}>
          <DealCommitteeTab
            opportunityId={o.id}
            dealName={o.name}
            accountId={o.accountId}
            focusRequest={focusRequest}
            onFocusPerson={focusPerson}
          />
        </Tabs.Panel>
        <Tabs.Panel value="stage" flex={1} mih={0} pt="sm" style={PANEL}>
          <StageTab opportunityId={o.id} />
        </Tabs.Panel>
        <Tabs.Panel value="activities" flex={1} mih={0} pt="sm" style={PANEL}>
          <ActivitiesPanel accountId={o.accountId} opportunityId={o.id} exportName={o.name} />
        </Tabs.Panel>
        <Tabs.Panel value="changes" flex={1} mih={0} pt="sm" style={PANEL}>
          <CommitteeChanges opportunityId={o.id} onSelectPerson={focusPerson} />
        </Tabs.Panel>
        <Tabs.Panel value="competition" flex={1} mih={0} pt="sm" style={PANEL}>
          <CompetitionTab opportunity={o} />
        </Tabs.Panel>
        <Tabs.Panel value="negotiation" flex={1} mih={0} pt="sm" style={PANEL}>
          <NegotiationTab key={sheetId} opportunityId={o.id} initialSheetId={sheetId} />
        </Tabs.Panel>
        <Tabs.Panel value="evaluation" flex={1} mih={0} pt="sm" style={PANEL}>
          <EvaluationTab opportunityId={o.id} />
        </Tabs.Panel>
      </Tabs>

      <OpportunityFormDrawer drawer={drawer} accountId={o.accountId} />
    </Page>
  );
}

function DealFacts({
  opportunity: o,
  stage,
  money,
}: {
  opportunity: Opportunity;
  stage: string;
  money: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const account = useQuery(accountQueries.detail(o.accountId));
  const fact = (label: string, value: ReactNode) => (
    <Text size="sm" span>
      <Text span c="dimmed">
        {t('common.label', { label })}{' '}
      </Text>
      {value}
    </Text>
  );
  return (
    <Group gap="lg" wrap="wrap">
      {fact(
        t('committee.deal.account'),
        <Anchor
          href={route.href({ name: 'account', id: o.accountId, tab: 'opportunities' })}
          size="sm"
        >
          {account.data?.name ?? '…'}
        </Anchor>,
      )}
      {fact(t('committee.deal.amount'), money)}
      {fact(t('committee.deal.stage'), stage)}
      {fact(t('committee.deal.probability'), fmt.percent(o.probability))}
      {o.expectedCloseDate && fact(t('committee.deal.closes'), fmt.date(o.expectedCloseDate))}
    </Group>
  );
}
