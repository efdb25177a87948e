import { useState } from 'react';
import { AppProviders } from './AppProviders.tsx';
import { createQueryClient } from '../data/queryClient.ts';
import { MenuCommands } from './MenuCommands.tsx';
import { Workspace } from './Workspace.tsx';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <AppProviders queryClient={queryClient}>
      <Workspace />
      <MenuCommands />
    </AppProviders>
  );
}
