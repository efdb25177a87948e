import { describe, expect, it } from 'vitest';
import type { Result } from '../shared/errors.ts';
import {
  isSameDocument,
  registerRpc,
  RPC_CHANNEL,
  type IpcInvokeEventLike,
  type IpcMainLike,
} from './ipc.ts';
import type { Router } from './router.ts';

type Listener = (event: IpcInvokeEventLike, ...args: unknown[]) => unknown;

function fakeIpcMain(): IpcMainLike & { listeners: Map<string, Listener> } {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    handle(channel, listener) {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
  };
}

const INDEX = 'file:///opt/app/dist/renderer/index.html';

function setup() {
  const calls: Array<[string, unknown]> = [];
  const router: Router = {
    async dispatch(channel, input) {
      calls.push([channel, input]);
      return { ok: true, data: { echoed: channel }, changed: ['account'] };
    },
  };
  const ipcMain = fakeIpcMain();
  registerRpc(ipcMain, router, isSameDocument(INDEX));
  const listener = ipcMain.listeners.get(RPC_CHANNEL);
  if (!listener) throw new Error('rpc handler not registered');
  const invoke = (url: string | null, ...args: unknown[]) =>
    listener({ senderFrame: url === null ? null : { url } }, ...args) as Promise<Result<unknown>>;
  return { calls, invoke, ipcMain };
}

describe('registerRpc', () => {
  it('registers only the rpc channel', () => {
    expect([...setup().ipcMain.listeners.keys()]).toEqual(['rpc']);
  });

  it("passes a trusted sender's call to the router and returns its Result, what it changed included", async () => {
    const { calls, invoke } = setup();
    await expect(
      invoke(`${INDEX}#/accounts`, 'accounts.list', { includeArchived: true }),
    ).resolves.toEqual({
      ok: true,
      data: { echoed: 'accounts.list' },
      changed: ['account'],
    });
    expect(calls).toEqual([['accounts.list', { includeArchived: true }]]);
  });

  it('refuses other documents, look-alikes and vanished frames without calling the router', async () => {
    const { calls, invoke } = setup();
    for (const url of [
      'https://evil.example/index.html',
      'file:///opt/app/dist/renderer/other.html',
      'file:///opt/app/dist/renderer/index.html.evil',
      'not a url',
      null,
    ]) {
      const result = await invoke(url, 'app.info', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual([]);
  });

  it('refuses a channel that is not a string', async () => {
    const { calls, invoke } = setup();
    await expect(invoke(INDEX, 42, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(calls).toEqual([]);
  });
});

describe('isSameDocument', () => {
  it('ignores hash and query but nothing else', () => {
    const trusted = isSameDocument(INDEX);
    expect(trusted(INDEX)).toBe(true);
    expect(trusted(`${INDEX}?x=1#/people`)).toBe(true);
    expect(trusted('file:///opt/app/dist/renderer/index.htm')).toBe(false);
    expect(trusted('file:///opt/app/dist/renderer/../renderer2/index.html')).toBe(false);
  });
});
