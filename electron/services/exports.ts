import type { ChannelArgs } from '../../shared/channels.ts';
import type { GeneratedFile } from '../../shared/imports.ts';
import { buildTableFile } from '../export/buildTableFile.ts';
import type { HandlersOf } from '../handlers.ts';

export type ExportsService = ReturnType<typeof createExportsService>;

/**
 * Lists as files. The renderer sends the rows it shows (its filters and sort applied); nothing of
 * the workspace is read or written here, so an export works the same on a read-only workspace.
 */
export function createExportsService() {
  return {
    table: (input: ChannelArgs<'exports.table'>): Promise<GeneratedFile> => buildTableFile(input),
  };
}

export function exportsHandlers(s: ExportsService): HandlersOf<'exports'> {
  return { 'exports.table': (input) => s.table(input) };
}
