import './jsdomPolyfills.ts';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { BRIDGE_KEY, type Bridge } from '../../shared/bridge.ts';
import type { ChannelName } from '../../shared/channels.ts';
import type { Result } from '../../shared/errors.ts';
import { AppProviders } from '../app/AppProviders.tsx';
import { createQueryClient } from '../app/queryClient.ts';

export type FakeServer = Partial<Record<ChannelName, (input: unknown) => Result<unknown>>>;

/**
 * Renders a component as the app would, answering its calls through a fake Electron bridge.
 * Returns the calls made, for assertions on what was (not) sent.
 */
export function renderWithProviders(ui: ReactElement, server: FakeServer) {
  const calls: { channel: string; input: unknown }[] = [];
  const bridge: Bridge = {
    invoke: async (channel, input) => {
      calls.push({ channel, input });
      const handler = server[channel as ChannelName];
      return handler
        ? handler(input)
        : { ok: false, error: { code: 'not_found', message: channel } };
    },
  };
  Object.assign(window, { [BRIDGE_KEY]: bridge });
  const result = render(
    <AppProviders queryClient={createQueryClient()} env="test">
      {ui}
    </AppProviders>,
  );
  return { ...result, calls };
}
