import { SimpleGrid } from '@mantine/core';
import { memo, type ComponentProps } from 'react';
import type { Issue } from '../../../../shared/issues.ts';
import { useNegotiationT } from '../i18n/useNegotiationT.ts';
import { Section } from './Section.tsx';
import { SheetTextarea } from './SheetTextarea.tsx';
import type { SheetActions } from './useSheetForm.ts';

/** A section holding one free-text field (agenda, risks, outcome); memoised like the others. */
export const TextSection = memo(function TextSection({
  title,
  ...field
}: { title: string } & ComponentProps<typeof SheetTextarea>) {
  return (
    <Section title={title}>
      <SheetTextarea {...field} labelled={false} />
    </Section>
  );
});

type BatnaProps = {
  ours: string;
  theirs: string;
  oursIssue: Issue | undefined;
  theirsIssue: Issue | undefined;
  actions: SheetActions;
};

/** Our best alternative to an agreement, and our estimate of theirs. */
export const BatnaSection = memo(function BatnaSection({
  ours,
  theirs,
  oursIssue,
  theirsIssue,
  actions,
}: BatnaProps) {
  const { t } = useNegotiationT();
  return (
    <Section title={t('batna.title')}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <SheetTextarea
          field="ourBatna"
          value={ours}
          issue={oursIssue}
          actions={actions}
          label={t('batna.ours')}
          description={t('batna.oursHint')}
        />
        <SheetTextarea
          field="theirBatna"
          value={theirs}
          issue={theirsIssue}
          actions={actions}
          label={t('batna.theirs')}
          description={t('batna.theirsHint')}
        />
      </SimpleGrid>
    </Section>
  );
});
