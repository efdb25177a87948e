import type { ChannelArgs } from '../../shared/channels.ts';
import { MAX_IMPORT_FILE_BYTES, type ImportJob } from '../../shared/imports.ts';
import { makeIssue } from '../../shared/issues.ts';
import type { HandlersOf } from '../handlers.ts';
import type { ImportFiles } from '../import/importFiles.ts';
import type { ImportTables } from '../import/table.ts';
import { invalidInput } from './common.ts';

/** Reading import files (issue 14); also the tables the imports service maps and commits. */
export type ImportFilesService = ImportTables & {
  read(input: ChannelArgs<'importFiles.read'>): { jobId: string };
  job(input: ChannelArgs<'importFiles.job'>): ImportJob;
  cancel(input: ChannelArgs<'importFiles.cancel'>): { cancelled: boolean };
};

// Standard base64 as btoa and FileReader write it: no line breaks, no data: prefix, padded.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of a file sent as base64; anything else is refused before a worker starts. */
export function decodeFileData(data: string): Uint8Array {
  if (data.length % 4 !== 0 || !BASE64.test(data)) {
    throw invalidInput([makeIssue(['data'], 'file_not_base64')]);
  }
  const bytes = Buffer.from(data, 'base64');
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    throw invalidInput([makeIssue(['data'], 'file_too_large')]);
  }
  return bytes;
}

export function createImportFilesService(files: ImportFiles): ImportFilesService {
  return {
    read: ({ fileName, data, sheet }) => ({
      jobId: files.read(fileName, decodeFileData(data), sheet),
    }),
    job: ({ jobId }) => files.job(jobId),
    cancel: ({ jobId }) => ({ cancelled: files.cancel(jobId) }),
    table: (fileId) => files.table(fileId),
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function importFilesHandlers(s: ImportFilesService): HandlersOf<'importFiles'> {
  return {
    'importFiles.read': (input) => s.read(input),
    'importFiles.job': (input) => s.job(input),
    'importFiles.cancel': (input) => s.cancel(input),
  };
}
