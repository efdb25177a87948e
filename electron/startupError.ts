import { storageError } from './store/sqliteErrors.ts';
import { NotAWorkspaceError, PassphraseError, WorkspaceTooNewError } from './workspace.ts';

// Errors that mean "this path cannot be used", from the file system or from SQLite.
const PATH_ERRORS = new Set([
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOTDIR',
  'EISDIR',
  'ENOENT',
  'ENOSPC',
  'ELOOP',
]);

/** One plain sentence for a workspace that cannot be opened, for stderr or an error box. */
export function describeStartupError(error: unknown, dbPath: string): string {
  if (
    error instanceof WorkspaceTooNewError ||
    error instanceof NotAWorkspaceError ||
    error instanceof PassphraseError
  )
    return error.message;
  const reason = error instanceof Error ? error.message : String(error);
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (
    PATH_ERRORS.has(code) ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY')
  ) {
    return `Cannot open or create the workspace ${dbPath}: ${reason}`;
  }
  switch (storageError(error)?.code) {
    case 'file_locked':
      return `Another program is holding the workspace ${dbPath}. Close it (a sync or backup tool, another copy of Deal Workbench), then start again.`;
    case 'disk_full':
      return `The disk holding the workspace ${dbPath} is full. Free some space, then start again.`;
    case 'io_error':
      return `The workspace ${dbPath} could not be read or written (a disk or network problem). If it is on a network share, copy it to a local disk and open the copy.`;
  }
  return `Deal Workbench could not open the workspace ${dbPath}: ${reason}`;
}
