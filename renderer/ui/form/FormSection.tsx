import { Fieldset, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled group of fields, laid out in two columns. */
export function FormSection({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset
      legend={legend}
      variant="unstyled"
      styles={{
        legend: {
          fontWeight: 600,
          marginBottom: 'var(--mantine-spacing-xs)',
          color: 'var(--mantine-color-indigo-text)',
        },
      }}
    >
      <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
        {children}
      </SimpleGrid>
    </Fieldset>
  );
}
