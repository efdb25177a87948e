import {
  printToPdfOptions,
  type PrintToPdfOptions,
  type PrintToPdfOutcome,
} from '../shared/bridge.ts';
import type { Result } from '../shared/errors.ts';
import type { Router } from './router.ts';

/** The one ipcMain channel the preload's `invoke` uses. */
export const RPC_CHANNEL = 'rpc';

/** The ipcMain channel of the preload's `printToPdf`: the sender's page, saved as a PDF. */
export const PRINT_TO_PDF_CHANNEL = 'print-to-pdf';

/** The channel on which the main process sends the page a menu command (shared/menuCommands.ts). */
export const MENU_COMMAND_CHANNEL = 'menu-command';

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

/** The part of Electron's WebContents that `printToPdf` uses. */
export type PdfPrinterLike = {
  printToPDF(options: {
    landscape: boolean;
    pageSize: PrintToPdfOptions['pageSize'];
    printBackground: boolean;
    preferCSSPageSize: boolean;
  }): Promise<Uint8Array>;
};

export type PrintToPdfDeps<Sender extends PdfPrinterLike> = {
  /** Asks where to save (Electron's save dialog); undefined when the user cancels. */
  chooseFile(sender: Sender, defaultPath: string): Promise<string | undefined>;
  /** The folder the dialog starts in: the user's Documents. */
  defaultFolder(): string;
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
  joinPath(folder: string, fileName: string): string;
};

/**
 * Answers `invoke('print-to-pdf', options)` for trusted senders only: validates the options,
 * asks where to save, prints the sender's page and writes it. Anything refused rejects.
 */
export function registerPrintToPdf<Sender extends PdfPrinterLike>(
  ipcMain: {
    handle(
      channel: string,
      listener: (event: IpcInvokeEventLike & { sender: Sender }, ...args: unknown[]) => unknown,
    ): void;
  },
  isTrustedSender: (senderUrl: string) => boolean,
  deps: PrintToPdfDeps<Sender>,
): void {
  ipcMain.handle(PRINT_TO_PDF_CHANNEL, async (event, input): Promise<PrintToPdfOutcome> => {
    const senderUrl = event.senderFrame?.url;
    if (senderUrl === undefined || !isTrustedSender(senderUrl)) {
      throw new Error('This window may not export PDFs.');
    }
    const parsed = printToPdfOptions.safeParse(input);
    if (!parsed.success) {
      throw new Error(
        `Invalid PDF export options: ${parsed.error.issues.map((i) => i.path.join('.') || 'options').join(', ')}.`,
      );
    }
    const { fileName, pageSize, landscape } = parsed.data;
    const chosen = await deps.chooseFile(
      event.sender,
      deps.joinPath(deps.defaultFolder(), fileName),
    );
    if (!chosen) return 'cancelled';
    // Linux save dialogs do not add the extension of the chosen filter.
    const filePath = /\.pdf$/i.test(chosen) ? chosen : `${chosen}.pdf`;
    const pdf = await event.sender.printToPDF({
      landscape,
      pageSize,
      printBackground: true,
      preferCSSPageSize: true,
    });
    await deps.writeFile(filePath, pdf);
    return 'saved';
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
