import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/** A screen filling the main area, so that its list can take the remaining height. */
export function Page({ children }: { children: ReactNode }) {
  return (
    <Stack gap="md" p="lg" flex={1} mih={0} style={{ overflow: 'hidden' }}>
      {children}
    </Stack>
  );
}
