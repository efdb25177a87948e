import { Anchor, DataList, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, AccountDraft } from '../../../../shared/schemas.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { FunnelStageBadge } from './FunnelStageBadge.tsx';
import { GradeBadge } from './GradeBadge.tsx';

type Item = { label: string; value: ReactNode };

function Section({ title, items }: { title: string; items: Item[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title
        order={3}
        fz="sm"
        tt="uppercase"
        c="var(--mantine-color-indigo-text)"
        mb="sm"
        style={{ letterSpacing: 0.4 }}
      >
        {title}
      </Title>
      <DataList size="sm" gap={8} labelWidth={150}>
        {items.map((item) => (
          <DataList.Item key={item.label}>
            <DataList.ItemLabel c="dimmed">{item.label}</DataList.ItemLabel>
            <DataList.ItemValue style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {item.value === '' ||
              item.value === null ||
              item.value === undefined ||
              item.value === false ? (
                <Text span c="dimmed">
                  {t('common.empty')}
                </Text>
              ) : (
                item.value
              )}
            </DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Paper>
  );
}

/** The account's file in the seed's categories; personal details live on its people. */
export function AccountProfile({ account: a }: { account: Account }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  // An account's revenue and budget are kept in yuan (the form asks for them in 人民币).
  const yuan = (n: number | null) => (n === null ? null : fmt.money(n, 'CNY', { wide: true }));
  const f = (key: keyof AccountDraft) => t(`accounts.fields.${key}`);
  const website = a.website && (
    <Anchor
      href={/^https?:\/\//i.test(a.website) ? a.website : `https://${a.website}`}
      // A new tab in the browser shell; the system browser in the desktop app (main.ts).
      target="_blank"
      rel="noopener noreferrer"
    >
      {a.website}
    </Anchor>
  );

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" py="md">
      <Section
        title={t('accounts.sections.basic')}
        items={[
          { label: f('name'), value: a.name },
          { label: f('address'), value: a.address },
          { label: f('phone'), value: a.phone },
          { label: f('fax'), value: a.fax },
          { label: f('bankAccount'), value: a.bankAccount },
          { label: f('website'), value: website },
          { label: f('industry'), value: a.industry },
          { label: f('region'), value: a.region },
        ]}
      />
      <Section
        title={t('accounts.sections.classification')}
        items={[
          { label: f('grade'), value: a.grade && <GradeBadge grade={a.grade} /> },
          { label: f('funnelStage'), value: <FunnelStageBadge stage={a.funnelStage} /> },
          { label: f('owner'), value: a.owner },
        ]}
      />
      <Section
        title={t('accounts.sections.business')}
        items={[
          { label: f('developmentPlans'), value: a.developmentPlans },
          {
            label: f('fiscalYearStartMonth'),
            value: a.fiscalYearStartMonth && fmt.month(a.fiscalYearStartMonth),
          },
          {
            label: f('listed'),
            value: t(a.listed ? 'accounts.listed.listed' : 'accounts.listed.private'),
          },
          { label: f('revenue'), value: yuan(a.revenue) },
          { label: f('staffSize'), value: fmt.integer(a.staffSize) },
          { label: f('budget'), value: yuan(a.budget) },
          { label: f('installedBase'), value: a.installedBase },
        ]}
      />
      <Section
        title={t('accounts.sections.logistics')}
        items={[
          { label: f('deliveryPreferences'), value: a.deliveryPreferences },
          { label: f('sites'), value: a.sites },
        ]}
      />
      <Section
        title={t('accounts.sections.record')}
        items={[
          { label: f('pastDeals'), value: a.pastDeals },
          {
            label: f('paymentBehaviour'),
            value: a.paymentBehaviour && t(`enums.paymentBehaviour.${a.paymentBehaviour}`),
          },
        ]}
      />
    </SimpleGrid>
  );
}
