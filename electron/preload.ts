import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, type Bridge } from '../shared/bridge.ts';
import type { Result } from '../shared/errors.ts';
import { RPC_CHANNEL } from './ipc.ts';

// The renderer's only door to the main process: one frozen function, no raw ipcRenderer.
const bridge: Bridge = Object.freeze({
  invoke: (channel: string, input: unknown): Promise<Result<unknown>> =>
    ipcRenderer.invoke(RPC_CHANNEL, channel, input) as Promise<Result<unknown>>,
});

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
