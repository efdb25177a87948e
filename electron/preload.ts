import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_KEY,
  type Bridge,
  type PrintToPdfOptions,
  type PrintToPdfOutcome,
} from '../shared/bridge.ts';
import type { Result } from '../shared/errors.ts';
import { isMenuCommand, type MenuCommand } from '../shared/menuCommands.ts';
import { MENU_COMMAND_CHANNEL, PRINT_TO_PDF_CHANNEL, RPC_CHANNEL } from './ipc.ts';

// The renderer's only door to the main process: frozen functions, no raw ipcRenderer.
// The main process validates everything that comes through them.
const bridge: Bridge = Object.freeze({
  invoke: (channel: string, input: unknown): Promise<Result<unknown>> =>
    ipcRenderer.invoke(RPC_CHANNEL, channel, input) as Promise<Result<unknown>>,
  printToPdf: (options: PrintToPdfOptions): Promise<PrintToPdfOutcome> =>
    ipcRenderer.invoke(PRINT_TO_PDF_CHANNEL, options) as Promise<PrintToPdfOutcome>,
  // Only names from the list reach the page, and never the IPC event itself.
  onMenuCommand: (listener: (command: MenuCommand) => void): (() => void) => {
    const forward = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
});

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
