import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { describeStartupError } from './startupError.ts';
import { NotAWorkspaceError, WorkspaceTooNewError } from './workspace.ts';

describe('describeStartupError', () => {
  it("keeps the workspace errors' own messages", () => {
    const tooNew = new WorkspaceTooNewError('/w.sqlite', 9, 2);
    expect(describeStartupError(tooNew, '/w.sqlite')).toBe(tooNew.message);
    const foreign = new NotAWorkspaceError('/w.sqlite');
    expect(describeStartupError(foreign, '/w.sqlite')).toBe(foreign.message);
  });

  it('names the path when the file system or SQLite cannot use it', () => {
    const denied = Object.assign(new Error("EACCES: permission denied, mkdir '/root/x'"), {
      code: 'EACCES',
    });
    expect(describeStartupError(denied, '/root/x/w.sqlite')).toBe(
      "Cannot open or create the workspace /root/x/w.sqlite: EACCES: permission denied, mkdir '/root/x'",
    );
    const cantOpen = Object.assign(new Error('unable to open database file'), {
      code: 'SQLITE_CANTOPEN',
    });
    expect(describeStartupError(cantOpen, '/w.sqlite')).toMatch(
      /^Cannot open or create the workspace \/w\.sqlite: /,
    );
  });

  it.each([
    ['SQLITE_BUSY', /^Another program is holding the workspace \/w\.sqlite\. Close it/],
    ['SQLITE_FULL', /^The disk holding the workspace \/w\.sqlite is full\./],
    ['SQLITE_IOERR_READ', /^The workspace \/w\.sqlite could not be read or written/],
  ])("answers %s with its own sentence, without SQLite's text", (sqliteCode, sentence) => {
    const message = describeStartupError(
      new Database.SqliteError('xyzzy', sqliteCode),
      '/w.sqlite',
    );
    expect(message).toMatch(sentence);
    expect(message).not.toContain('xyzzy');
  });

  it('still says which workspace failed for anything else', () => {
    expect(describeStartupError(new Error('disk I/O error'), '/w.sqlite')).toBe(
      'Deal Workbench could not open the workspace /w.sqlite: disk I/O error',
    );
    expect(describeStartupError('odd', '/w.sqlite')).toMatch(/odd$/);
  });
});
