import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_KEY,
  type Bridge,
  type PrintToPdfOptions,
  type PrintToPdfOutcome,
} from '../shared/bridge.ts';
import type { Result } from '../shared/errors.ts';
import { PRINT_TO_PDF_CHANNEL, RPC_CHANNEL } from './ipc.ts';

// The renderer's only door to the main process: frozen functions, no raw ipcRenderer.
// The main process validates everything that comes through them.
const bridge: Bridge = Object.freeze({
  invoke: (channel: string, input: unknown): Promise<Result<unknown>> =>
    ipcRenderer.invoke(RPC_CHANNEL, channel, input) as Promise<Result<unknown>>,
  printToPdf: (options: PrintToPdfOptions): Promise<PrintToPdfOutcome> =>
    ipcRenderer.invoke(PRINT_TO_PDF_CHANNEL, options) as Promise<PrintToPdfOutcome>,
});

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
