import {
  localStorageColorSchemeManager,
  MantineProvider,
  mergeThemeOverrides,
} from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
import { useSaveShortcut } from '../ui/form/saveShortcut.ts';
import { contrastVariables, theme } from './theme.ts';

type Props = {
  queryClient: QueryClient;
  /**
   * 'test' is for jsdom: no transitions or portals, closed dropdowns out of the DOM and no CSS
   * variables (jsdom re-reads every stylesheet rule for each computed style).
   */
  env?: 'default' | 'test';
  children: ReactNode;
};

// Mantine keeps every closed Select's options mounted and positions them on each render; in jsdom
// a form with a few Selects then spends seconds in floating-ui. Open dropdowns are unchanged, but a
// test cannot reach a closed dropdown's list (nor follow aria-controls to it) before opening it.
const testTheme = mergeThemeOverrides(theme, {
  components: { Combobox: { defaultProps: { keepMounted: false } } },
});

// The workspace's setting decides (useColorSchemeSetting); this copy only spares the first screen a
// flash of the other scheme before the settings are read. Until then the OS decides.
const colorSchemeManager = localStorageColorSchemeManager({ key: 'dw-color-scheme' });

/** Everything a screen needs around it: data cache, translations, theme, notifications. */
export function AppProviders({ queryClient, env = 'default', children }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <MantineProvider
          theme={env === 'test' ? testTheme : theme}
          env={env}
          withCssVariables={env !== 'test'}
          cssVariablesResolver={contrastVariables}
          colorSchemeManager={colorSchemeManager}
          defaultColorScheme="auto"
        >
          <Notifications position="bottom-right" limit={3} />
          <SaveShortcut />
          {children}
        </MantineProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}

/** Ctrl+S (⌘S) saves the open form, on every screen. */
function SaveShortcut() {
  useSaveShortcut();
  return null;
}
