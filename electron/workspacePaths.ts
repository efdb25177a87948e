import {
  accessSync,
  closeSync,
  constants,
  openSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, normalize, sep } from 'node:path';
import { AppError } from '../shared/errors.ts';
import { makeIssue, type IssueCode } from '../shared/issues.ts';
import { WORKSPACE_APPLICATION_ID } from './store/migrations/0001-core.ts';

// A path from the renderer (or a native dialog) checked before anything touches the disk: the
// contract's schema has made sure it is absolute and holds no NUL; here it must also be
// normalized and name a file of the right kind in a folder that exists.

const refuse = (code: IssueCode, params?: Record<string, string>): never => {
  throw new AppError('invalid_input', 'The path cannot be used.', [
    makeIssue(['path'], code, params),
  ]);
};

function checkedShape(path: string): string {
  if (path.includes('\0')) refuse('path_invalid');
  if (!isAbsolute(path)) refuse('path_not_absolute');
  // "..", "." or doubled separators: the file must be named as it is, not reached round about.
  if (normalize(path) !== path) refuse('path_not_normalized');
  if (path.endsWith(sep)) refuse('path_is_folder');
  return path;
}

/** An existing workspace file to open: a `.sqlite` file, or any file with our header. */
export function fileToOpen(path: string): string {
  checkedShape(path);
  const found = statOf(path);
  if (!found) refuse('file_missing');
  if (found!.isDirectory()) refuse('path_is_folder');
  if (!found!.isFile()) refuse('not_a_workspace');
  if (extname(path).toLowerCase() !== '.sqlite' && !hasWorkspaceHeader(path))
    refuse('not_a_workspace');
  return path;
}

/** A new file to write (a copy, a new workspace) in a folder that exists and can be written to. */
export function fileToWrite(
  path: string,
  {
    overwrite,
    notOpen,
  }: { overwrite: boolean; /** The open workspace's file. */ notOpen: string | null },
): string {
  checkedShape(path);
  if (notOpen && sameFile(path, notOpen)) refuse('same_file');
  if (extname(path).toLowerCase() !== '.sqlite') refuse('needs_sqlite_extension');
  const folder = dirname(path);
  const folderStat = statOf(folder);
  if (!folderStat?.isDirectory()) refuse('folder_missing', { folder });
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    refuse('folder_not_writable', { folder });
  }
  const found = statOf(path);
  if (found?.isDirectory()) refuse('path_is_folder');
  if (found && (!overwrite || !found.isFile())) refuse('file_exists');
  // Its write-ahead log beside it: the file is open somewhere, and a copy would be mixed with it.
  if (found && statOf(`${path}-wal`)) refuse('file_in_use');
  return path;
}

/** The same file on disk, whatever links or letter case the two paths take to it. */
export function sameFile(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    // Not there yet: its folder's real path and its name.
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** SQLite's magic and our application id (bytes 68–71) in the file header. */
function hasWorkspaceHeader(path: string): boolean {
  const header = Buffer.alloc(100);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    if (readSync(fd, header, 0, 100, 0) !== 100) return false;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return (
    header.subarray(0, 16).toString('latin1') === 'SQLite format 3\0' &&
    header.readInt32BE(68) === WORKSPACE_APPLICATION_ID
  );
}
