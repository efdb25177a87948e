import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_FILE_BYTES, type ImportFile } from '../../../../shared/imports.ts';
import { errorText } from '../../../ui/form/errorText.ts';
import { importCalls } from '../api/importApi.ts';
import { fileToBase64 } from '../../../ui/fileToBase64.ts';

/** How often a running read is asked for its progress. */
export const POLL_MS = 200;

export type FileReadState =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; progress: number }
  | { kind: 'cancelled' }
  /** `detail` is the main process's own words, when it said more than the code. */
  | { kind: 'failed'; name: string; message: string; detail?: string };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const toMb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Reads a file in the main process: its bytes are sent once, then the job is polled for
 * progress until the table is ready (`onReady`), fails or is cancelled. A newer read, a cancel
 * or leaving the screen stops the older one.
 */
export function useFileRead(onReady: (file: ImportFile) => void) {
  const { t } = useTranslation();
  const [state, setState] = useState<FileReadState>({ kind: 'idle' });
  // Each read gets a number; answers of an older one are dropped.
  const run = useRef(0);
  const job = useRef<string | null>(null);
  // The last file's bytes, to read another sheet of it without asking for the file again.
  const bytes = useRef<{ name: string; data: string } | null>(null);
  const ready = useRef(onReady);
  useEffect(() => {
    ready.current = onReady;
  });

  const stopJob = useCallback(() => {
    const jobId = job.current;
    job.current = null;
    // Best effort: a job that already ended has nothing to cancel.
    if (jobId) void importCalls.cancel(jobId).catch(() => undefined);
  }, []);

  const start = useCallback(
    async (name: string, data: string, sheet?: string) => {
      const mine = ++run.current;
      stopJob();
      setState({ kind: 'reading', name, progress: 0 });
      try {
        const { jobId } = await importCalls.read({
          fileName: name,
          data,
          ...(sheet === undefined ? {} : { sheet }),
        });
        if (mine !== run.current) {
          void importCalls.cancel(jobId).catch(() => undefined);
          return;
        }
        job.current = jobId;
        for (;;) {
          const answer = await importCalls.job(jobId);
          if (mine !== run.current) return;
          if (answer.state === 'reading') {
            setState({ kind: 'reading', name, progress: answer.progress });
            await wait(POLL_MS);
            if (mine !== run.current) return;
            continue;
          }
          job.current = null;
          if (answer.state === 'ready') {
            setState({ kind: 'idle' });
            ready.current(answer.file);
          } else if (answer.state === 'cancelled') {
            setState({ kind: 'cancelled' });
          } else {
            setState({
              kind: 'failed',
              name,
              message: t(`imports.file.failed.${answer.code}`),
              detail: answer.message,
            });
          }
          return;
        }
      } catch (error) {
        if (mine !== run.current) return;
        job.current = null;
        setState({ kind: 'failed', name, message: errorText(t, error) });
      }
    },
    [stopJob, t],
  );

  /** Checks the size here first, so that a file too large is never sent. */
  const read = useCallback(
    async (file: File) => {
      if (file.size > MAX_IMPORT_FILE_BYTES) {
        ++run.current;
        stopJob();
        bytes.current = null;
        setState({
          kind: 'failed',
          name: file.name,
          message: t('imports.file.tooLarge', {
            name: file.name,
            size: toMb(file.size),
            max: toMb(MAX_IMPORT_FILE_BYTES),
          }),
        });
        return;
      }
      let data: string;
      try {
        data = await fileToBase64(file);
      } catch {
        setState({
          kind: 'failed',
          name: file.name,
          message: t('imports.file.notReadable', { name: file.name }),
        });
        return;
      }
      bytes.current = { name: file.name, data };
      await start(file.name, data);
    },
    [start, stopJob, t],
  );

  /** Reads another sheet of the same workbook. */
  const readSheet = useCallback(
    async (sheet: string) => {
      if (bytes.current) await start(bytes.current.name, bytes.current.data, sheet);
    },
    [start],
  );

  const cancel = useCallback(() => {
    ++run.current;
    stopJob();
    setState({ kind: 'cancelled' });
  }, [stopJob]);

  // Leaving the screen stops a read in progress.
  useEffect(
    () => () => {
      ++run.current;
      stopJob();
    },
    [stopJob],
  );

  return { state, read, readSheet, cancel };
}
