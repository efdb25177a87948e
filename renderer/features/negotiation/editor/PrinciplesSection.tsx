import { Badge, Checkbox, SimpleGrid } from '@mantine/core';
import { memo } from 'react';
import { NEGOTIATION_PRINCIPLES, type NegotiationPrinciple } from '../../../../shared/enums.ts';
import type { Issue } from '../../../../shared/issues.ts';
import { useNegotiationT } from '../i18n/useNegotiationT.ts';
import { fieldError } from './fieldProps.ts';
import { Section } from './Section.tsx';
import type { SheetActions } from './useSheetForm.ts';

type Props = {
  principles: readonly NegotiationPrinciple[];
  issue: Issue | undefined;
  actions: SheetActions;
};

/** Seed 004's thirteen principles as a pre-meeting checklist, kept in the seed's order. */
export const PrinciplesSection = memo(function PrinciplesSection({
  principles,
  issue,
  actions,
}: Props) {
  const { t, tEnum } = useNegotiationT();
  return (
    <Section
      title={t('principles.title')}
      hint={t('principles.hint')}
      aside={
        <Badge variant="light" tt="none">
          {t('principles.count', {
            done: principles.length,
            total: NEGOTIATION_PRINCIPLES.length,
          })}
        </Badge>
      }
    >
      <Checkbox.Group
        value={[...principles]}
        onChange={(next) =>
          actions.set(
            'principles',
            NEGOTIATION_PRINCIPLES.filter((p) => next.includes(p)),
          )
        }
        error={fieldError(issue ? { principles: issue } : {}, 'principles')}
        aria-label={t('principles.title')}
      >
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" verticalSpacing={6}>
          {NEGOTIATION_PRINCIPLES.map((p, i) => (
            <Checkbox
              key={p}
              value={p}
              label={`${i + 1}. ${tEnum('negotiationPrinciple', p)}`}
              data-path={i === 0 ? 'principles' : undefined}
            />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </Section>
  );
});
