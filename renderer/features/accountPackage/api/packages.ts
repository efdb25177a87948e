import { useWrite, type WriteOptions } from '../../../data/write.ts';
import type { GeneratedFile } from '../../../../shared/imports.ts';
import type {
  PackageApplyResult,
  PackagePreview,
  PackageResolution,
} from '../../../../shared/packages.ts';
import { fileToBase64 } from '../../../ui/fileToBase64.ts';

/** Makes the account's package file (the server also remembers what it handed out). */
export function useExportPackage(options: WriteOptions<GeneratedFile, string> = {}) {
  return useWrite(
    (accountId: string, { write }) => write('packages.export', { accountId }),
    options,
  );
}

/** Sends the chosen file's bytes for a preview; nothing is written to the workspace. */
export function usePreviewPackage(options: WriteOptions<PackagePreview, File> = {}) {
  return useWrite(
    async (file: File, { write }) =>
      write('packages.preview', { fileName: file.name, data: await fileToBase64(file) }),
    options,
  );
}

export type ApplyVars = {
  previewId: string;
  resolution: PackageResolution;
  choices: Record<string, PackageResolution>;
};

export function useApplyPackage(options: WriteOptions<PackageApplyResult, ApplyVars> = {}) {
  return useWrite((vars: ApplyVars, { write }) => write('packages.apply', vars), options);
}
