import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = {
  title: string;
  /** A quiet line next to the title, e.g. how many rows are shown. */
  meta?: ReactNode;
  actions?: ReactNode;
};

export function PageHeader({ title, meta, actions }: Props) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Group gap="sm" align="baseline">
        <Title order={1} fz={22}>
          {title}
        </Title>
        {meta && (
          <Text size="sm" c="dimmed">
            {meta}
          </Text>
        )}
      </Group>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
