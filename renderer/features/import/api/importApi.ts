import type { ChannelInput } from '../../../../shared/channels.ts';
import type { ImportSummary } from '../../../../shared/imports.ts';
import { invoke } from '../../../api/invoke.ts';
import { readQuery } from '../../../data/read.ts';
import { useWrite, type WriteOptions } from '../../../data/write.ts';

/** Reads of the import that the views cache: the preview's rows and the history. */
export const importQueries = {
  mapping: (input: ChannelInput<'imports.mapping'>) => readQuery('imports.mapping', input),
  values: (input: ChannelInput<'imports.values'>) => readQuery('imports.values', input),
  previewRows: (input: ChannelInput<'imports.previewRows'>) =>
    readQuery('imports.previewRows', input),
  list: (input: ChannelInput<'imports.list'>) => readQuery('imports.list', input),
};

/**
 * Calls whose answers are not kept: a file read is a job the main process runs and is polled;
 * a preview is checked afresh each time (the workspace may have changed); a refused-rows file
 * is saved at once.
 */
export const importCalls = {
  read: (input: ChannelInput<'importFiles.read'>) => invoke('importFiles.read', input),
  job: (jobId: string) => invoke('importFiles.job', { jobId }),
  cancel: (jobId: string) => invoke('importFiles.cancel', { jobId }),
  refusedFile: (input: ChannelInput<'imports.refusedFile'>) => invoke('imports.refusedFile', input),
};

/** Checks every row against the workspace (and remembers the mapping for the source). */
export function usePreviewImport() {
  return useWrite((input: ChannelInput<'imports.preview'>, { write }) =>
    write('imports.preview', input),
  );
}

/** Writes every accepted row of a preview in one transaction. */
export function useCommitImport(
  options: WriteOptions<ImportSummary, ChannelInput<'imports.commit'>> = {},
) {
  return useWrite(
    (input: ChannelInput<'imports.commit'>, { write }) => write('imports.commit', input),
    options,
  );
}

/** Takes an import back as a whole; refused (conflict) when its records changed since. */
export function useUndoImport(options: WriteOptions<ImportSummary, ImportSummary> = {}) {
  return useWrite(
    (item: ImportSummary, { write }) => write('imports.undo', { id: item.id }),
    options,
  );
}
