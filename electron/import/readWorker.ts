import { parentPort, workerData } from 'node:worker_threads';
import { ImportReadError, readTable } from './readTable.ts';
import type { ParsedTable } from './table.ts';

// The worker thread that reads one import file (importFiles.ts starts it), so that a 20,000-row
// workbook never blocks the main process. It posts progress, then the table or why it failed.

export type ReadRequest = { fileName: string; bytes: Uint8Array; sheet?: string };

export type ReadMessage =
  | { type: 'progress'; progress: number }
  | { type: 'ready'; table: ParsedTable }
  | { type: 'failed'; code: ImportReadError['code']; message: string };

async function run(port: NonNullable<typeof parentPort>, request: ReadRequest): Promise<void> {
  const post = (message: ReadMessage) => port.postMessage(message);
  try {
    const table = await readTable(request.fileName, request.bytes, {
      ...(request.sheet === undefined ? {} : { sheet: request.sheet }),
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    post({ type: 'ready', table });
  } catch (error) {
    post(
      error instanceof ImportReadError
        ? { type: 'failed', code: error.code, message: error.message }
        : {
            type: 'failed',
            code: 'unreadable',
            message: `Deal Workbench could not read this file (${error instanceof Error ? error.message : String(error)}). It may be damaged.`,
          },
    );
  }
}

// Not top-level await: the Electron build bundles this file as CommonJS (importWorker.cjs).
if (parentPort) void run(parentPort, workerData as ReadRequest);
