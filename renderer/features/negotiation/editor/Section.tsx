import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

type Props = {
  title: string;
  hint?: string;
  /** Beside the title, e.g. a count or a warning. */
  aside?: ReactNode;
  children: ReactNode;
  testId?: string;
};

/** One titled part of the sheet; a landmark, so screen readers can jump between sections. */
export function Section({ title, hint, aside, children, testId }: Props) {
  const id = useId();
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={id}
      data-testid={testId}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" wrap="nowrap">
          <Title order={4} id={id}>
            {title}
          </Title>
          {aside}
        </Group>
        {hint && (
          <Text size="sm" c="dimmed" mt={-8}>
            {hint}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * The sheet's tables: headings stick just below the editor's sticky toolbar (its height is
 * measured into --sheet-toolbar-height), so scrolling never hides them under it. The tables fit
 * the sheet's width: a horizontal scroll box around one would keep its headings from sticking.
 */
export const stickyHeadings = {
  stickyHeader: true,
  stickyHeaderOffset: 'var(--sheet-toolbar-height)',
} as const;
