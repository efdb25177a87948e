import { z } from 'zod';
import type { Result } from './errors.ts';
import type { MenuCommand } from './menuCommands.ts';

export const PDF_PAGE_SIZES = ['A4', 'A3'] as const;

// The preload imports this file for BRIDGE_KEY: the pure annotations let the bundler leave
// zod out of it.

/**
 * A plain file name for a PDF: no folder (no / or \), none of the characters Windows refuses,
 * no control characters, at least one character before ".pdf". Chinese names are fine.
 */
export const pdfFileName = /* @__PURE__ */ z
  .string()
  .max(120)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses.
  .regex(/^[^/\\:*?"<>|\u0000-\u001f\u007f]+\.pdf$/i)
  .refine((name) => name.trim() === name && !name.startsWith('.'));

/** What the renderer asks for when it exports the current print view as a PDF. */
export const printToPdfOptions = /* @__PURE__ */ z.strictObject({
  fileName: pdfFileName,
  pageSize: /* @__PURE__ */ z.enum(PDF_PAGE_SIZES),
  landscape: /* @__PURE__ */ z.boolean(),
});
export type PrintToPdfOptions = z.infer<typeof printToPdfOptions>;

/** 'cancelled' when the user closes the save dialog without choosing a file. */
export type PrintToPdfOutcome = 'saved' | 'cancelled';

/** The single object the Electron preload exposes to the renderer as `window.dealWorkbench`. */
export type Bridge = {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /**
   * Electron only: asks where to save, then writes the current page as a PDF
   * (`webContents.printToPDF`). Rejects options the main process refuses.
   */
  printToPdf?(options: PrintToPdfOptions): Promise<PrintToPdfOutcome>;
  /**
   * Electron only: calls `listener` with each application-menu command the page carries out
   * (only names of MENU_COMMANDS); answers the function that stops listening.
   */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
};

export const BRIDGE_KEY = 'dealWorkbench';
