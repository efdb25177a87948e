import type { Result } from '../shared/errors.ts';
import type { Router } from './router.ts';

/** The one ipcMain channel the preload's `invoke` uses. */
export const RPC_CHANNEL = 'rpc';

/** The part of an Electron invoke event we rely on (a frame can be gone by the time we look). */
export type IpcInvokeEventLike = { senderFrame: { url: string } | null };

/** The slice of Electron's ipcMain we need, so this file runs and is tested under plain Node. */
export type IpcMainLike = {
  handle(
    channel: string,
    listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown,
  ): void;
};

/** Answers `invoke('rpc', channel, input)` with the router's Result, for trusted senders only. */
export function registerRpc(
  ipcMain: IpcMainLike,
  router: Router,
  isTrustedSender: (senderUrl: string) => boolean,
): void {
  ipcMain.handle(RPC_CHANNEL, async (event, channel, input): Promise<Result<unknown>> => {
    const senderUrl = event.senderFrame?.url;
    if (senderUrl === undefined || !isTrustedSender(senderUrl)) {
      return {
        ok: false,
        error: { code: 'forbidden', message: 'This window may not call Deal Workbench.' },
      };
    }
    if (typeof channel !== 'string') {
      return {
        ok: false,
        error: { code: 'invalid_input', message: 'The channel name must be a string.' },
      };
    }
    return router.dispatch(channel, input);
  });
}

/**
 * Trusts exactly one document: `documentUrl`, whatever its hash or query
 * (the renderer routes with the hash), and nothing that merely starts like it.
 */
export function isSameDocument(documentUrl: string): (senderUrl: string) => boolean {
  const expected = withoutHashOrQuery(documentUrl);
  return (senderUrl) => withoutHashOrQuery(senderUrl) === expected;
}

function withoutHashOrQuery(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    parsed.search = '';
    return parsed.href;
  } catch {
    return '';
  }
}
