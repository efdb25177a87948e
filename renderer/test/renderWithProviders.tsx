import './jsdomPolyfills.ts';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { BRIDGE_KEY, type Bridge } from '../../shared/bridge.ts';
import { ENTITIES } from '../../shared/changed.ts';
import type { ChannelName } from '../../shared/channels.ts';
import type { Result } from '../../shared/errors.ts';
import { AppProviders } from '../app/AppProviders.tsx';
import { createQueryClient } from '../data/queryClient.ts';
import { WRITE_CHANNELS } from '../data/reads.ts';

const isWrite = (channel: string) => (WRITE_CHANNELS as readonly string[]).includes(channel);

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
      if (!handler) return { ok: false, error: { code: 'not_found', message: channel } };
      const result = handler(input);
      // A fake write that does not say what it changed is taken to have changed everything.
      return result.ok && result.changed === undefined && isWrite(channel)
        ? { ...result, changed: [...ENTITIES] }
        : result;
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
