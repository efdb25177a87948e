import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors.ts';
import type { ImportFile, ImportJob } from '../../shared/imports.ts';
import type { ReadMessage, ReadRequest } from './readWorker.ts';
import type { ImportTables, ParsedTable } from './table.ts';

/** The files being read and read in one open workspace (importFiles.* answers from it). */
export type ImportFiles = ImportTables & {
  /** Starts reading in a worker thread; the job's id to poll. */
  read(fileName: string, bytes: Uint8Array, sheet?: string): string;
  /** A job's state; an unknown (or long forgotten) job is not_found. */
  job(jobId: string): ImportJob;
  /** Stops a reading job, or forgets a read file's table; false when there is nothing to stop. */
  cancel(jobId: string): boolean;
  /** Stops every reading job (the workspace closes). */
  dispose(): void;
};

export type ImportFilesOptions = {
  /**
   * Read tables kept in memory, newest first: a 20,000-row table takes tens of MB, and a wizard
   * works on one file at a time (the others: the same file read again, another sheet of it). The
   * oldest is dropped; its job still says ready, and imports.* then answers not_found (read again).
   */
  maxTables?: number;
  /** Finished jobs remembered for polling; the oldest are forgotten. */
  maxJobs?: number;
  /** The worker's script; by default readWorker.ts beside this file, or its bundle. */
  workerFile?: string | URL;
};

/** Rows of the table sent with a ready job, for the mapping step. */
export const SAMPLE_ROWS = 20;
const DEFAULT_MAX_TABLES = 3;
const DEFAULT_MAX_JOBS = 50;
/** A worker's heap limit: a file needing more fails as too_large instead of taking the app down. */
const WORKER_HEAP_MB = 1536;

// scripts/build-electron.ts defines this as the worker bundle's file name in dist-electron/,
// beside main.cjs; from source (vitest, npm run serve) it is undefined and the .ts file runs.
declare const IMPORT_WORKER_BUNDLE: string | undefined;

function defaultWorkerFile(): string | URL {
  return typeof IMPORT_WORKER_BUNDLE === 'string'
    ? path.join(__dirname, IMPORT_WORKER_BUNDLE)
    : new URL('./readWorker.ts', import.meta.url);
}

type Job = { state: ImportJob; worker: Worker | null; fileId: string | null };

export function createImportFiles(options: ImportFilesOptions = {}): ImportFiles {
  const maxTables = options.maxTables ?? DEFAULT_MAX_TABLES;
  const maxJobs = options.maxJobs ?? DEFAULT_MAX_JOBS;
  const jobs = new Map<string, Job>();
  const tables = new Map<string, ParsedTable>();

  function keepTable(table: ParsedTable): string {
    const fileId = randomUUID();
    tables.set(fileId, table);
    for (const oldest of tables.keys()) {
      if (tables.size <= maxTables) break;
      tables.delete(oldest);
    }
    return fileId;
  }

  function forgetOldJobs() {
    for (const [jobId, job] of jobs) {
      if (jobs.size <= maxJobs) break;
      if (job.state.state !== 'reading') jobs.delete(jobId);
    }
  }

  function settle(job: Job, state: ImportJob) {
    if (job.state.state !== 'reading') return;
    job.state = state;
    const worker = job.worker;
    job.worker = null;
    void worker?.terminate();
  }

  function summary(fileId: string, table: ParsedTable): ImportFile {
    const { rows, ...shape } = table;
    return {
      ...shape,
      fileId,
      rowCount: rows.length,
      sample: rows.slice(0, SAMPLE_ROWS).map((r) => r.cells),
    };
  }

  return {
    read(fileName, bytes, sheet) {
      const jobId = randomUUID();
      const request: ReadRequest = { fileName, bytes, ...(sheet === undefined ? {} : { sheet }) };
      // The bytes are copied to the worker (a pooled Buffer's memory must not be transferred).
      const worker = new Worker(options.workerFile ?? defaultWorkerFile(), {
        workerData: request,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      // A reading worker does not keep the process from exiting.
      worker.unref();
      const job: Job = { state: { state: 'reading', progress: 0 }, worker, fileId: null };
      jobs.set(jobId, job);
      forgetOldJobs();
      worker.on('message', (message: ReadMessage) => {
        if (job.state.state !== 'reading') return;
        if (message.type === 'progress') {
          job.state = { state: 'reading', progress: Math.min(1, Math.max(0, message.progress)) };
        } else if (message.type === 'ready') {
          job.fileId = keepTable(message.table);
          settle(job, { state: 'ready', file: summary(job.fileId, message.table) });
        } else {
          settle(job, { state: 'failed', code: message.code, message: message.message });
        }
      });
      worker.on('error', (error: Error & { code?: string }) => {
        settle(
          job,
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? {
                state: 'failed',
                code: 'too_large',
                message:
                  'This file needs more memory to read than Deal Workbench allows. Split it, or keep only the sheet and columns you need.',
              }
            : {
                state: 'failed',
                code: 'unreadable',
                message: `Deal Workbench could not read this file (${error.message}). It may be damaged.`,
              },
        );
      });
      worker.on('exit', () => {
        settle(job, {
          state: 'failed',
          code: 'unreadable',
          message: 'Reading the file stopped unexpectedly. Try again.',
        });
      });
      return jobId;
    },

    job(jobId) {
      const job = jobs.get(jobId);
      if (!job) throw new AppError('not_found', 'No such file reading; choose the file again.');
      return job.state;
    },

    cancel(jobId) {
      const job = jobs.get(jobId);
      if (!job) return false;
      if (job.state.state === 'reading') {
        settle(job, { state: 'cancelled' });
        return true;
      }
      if (job.state.state === 'ready') {
        if (job.fileId) tables.delete(job.fileId);
        job.state = { state: 'cancelled' };
        return true;
      }
      return false;
    },

    table: (fileId) => tables.get(fileId),

    dispose() {
      for (const job of jobs.values()) settle(job, { state: 'cancelled' });
    },
  };
}
