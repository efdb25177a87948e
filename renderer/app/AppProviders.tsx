import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
import { theme } from './theme.ts';

type Props = {
  queryClient: QueryClient;
  /** 'test' turns off transitions and portals for jsdom. */
  env?: 'default' | 'test';
  children: ReactNode;
};

/** Everything a screen needs around it: data cache, translations, theme, notifications. */
export function AppProviders({ queryClient, env = 'default', children }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme} env={env}>
          <Notifications position="bottom-right" limit={3} />
          {children}
        </MantineProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
