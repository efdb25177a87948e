import type { Result } from './errors.ts';

/** The single object the Electron preload exposes to the renderer as `window.dealWorkbench`. */
export type Bridge = {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
};

export const BRIDGE_KEY = 'dealWorkbench';
