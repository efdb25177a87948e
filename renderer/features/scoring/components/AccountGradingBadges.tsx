import { Badge, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { scoringQueries } from '../api/scoringQueries.ts';
import { CreditRiskFlags } from './CreditRiskFlags.tsx';

/** The account header's RFM tier and credit-risk warnings; nothing until they are known. */
export function AccountGradingBadges({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const grading = useQuery(scoringQueries.account(accountId));
  if (!grading.data) return null;
  const { rfm, creditFlags } = grading.data;
  return (
    <Group gap="xs">
      {rfm && rfm.tier && (
        <Badge color="violet" variant="light">
          {t('scoring.account.pointsTier', {
            points: rfm.points,
            tier: t(`enums.rfmTier.${rfm.tier}`),
          })}
        </Badge>
      )}
      <CreditRiskFlags flags={creditFlags} />
    </Group>
  );
}
