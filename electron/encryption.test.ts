import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../shared/schemas.ts';
import type { BackupItem, WorkspaceInfo } from '../shared/workspace.ts';
import { backupsFor } from './store/backups.ts';
import type { Passphrase } from './store/cipher.ts';
import { inspectWorkspace } from './store/connection.ts';
import { openWorkspace, PassphraseError, type Workspace } from './workspace.ts';
import { call, openSessions, refusal } from './sessionTesting.ts';

// Encryption at rest (issue 13): a passphrase set, changed and removed from the contract; the
// file, its write-ahead log and its backups hold no readable record; a missing or wrong
// passphrase is refused and changes nothing.

const NAME = 'Zhuhai Lanxin Semiconductor';
const SECRET = 'correct horse battery staple';

let dir: string;
let path: string;
const sessions = openSessions();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dwb-cipher-'));
  path = join(dir, 'workspace.sqlite');
});
afterEach(async () => {
  await sessions.closeAll();
  rmSync(dir, { recursive: true, force: true });
});

function open(passphrase?: string, onPassphraseChanged?: (p: Passphrase) => void): Workspace {
  const ws = openWorkspace({
    dbPath: path,
    systemLocale: 'en',
    appVersion: '1.2.3',
    seedDemo: false,
    automaticBackups: false,
    ...(passphrase === undefined ? {} : { passphrase }),
    ...(onPassphraseChanged ? { onPassphraseChanged } : {}),
  });
  sessions.add(ws);
  return ws;
}

/** True when the name is readable anywhere in the file's bytes (UTF-8 or UTF-16). */
function holdsName(file: string, name = NAME): boolean {
  if (!existsSync(file)) return false;
  const bytes = readFileSync(file);
  return bytes.includes(Buffer.from(name, 'utf8')) || bytes.includes(Buffer.from(name, 'utf16le'));
}

const accountNames = async (ws: Workspace) =>
  (await call<Account[]>(ws, 'accounts.list', {})).map((a) => a.name);

/** A plain workspace holding NAME, encrypted with SECRET from the contract. */
async function encryptedWorkspace(): Promise<Workspace> {
  const ws = open();
  await call(ws, 'accounts.create', { name: NAME });
  const info = await call<WorkspaceInfo>(ws, 'workspace.setPassphrase', { next: SECRET });
  expect(info.encrypted).toBe(true);
  return ws;
}

// Each open derives the key (SQLCipher's 256,000 PBKDF2 rounds): slow on a shared CPU.
describe('encryption at rest', { timeout: 60_000 }, () => {
  it('a plain workspace holds its names in plain text (the test can see them)', async () => {
    const ws = open();
    await call(ws, 'accounts.create', { name: NAME });
    expect(holdsName(path) || holdsName(`${path}-wal`)).toBe(true);
    expect((await call<WorkspaceInfo>(ws, 'workspace.info')).encrypted).toBe(false);
  });

  it('encrypts the file: no known name in it or its write-ahead log, also after new writes', async () => {
    const ws = await encryptedWorkspace();
    await call(ws, 'accounts.create', { name: `${NAME} Two` });
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(holdsName(path)).toBe(false);
    expect(holdsName(`${path}-wal`)).toBe(false);
    expect(holdsName(path, `${NAME} Two`) || holdsName(`${path}-wal`, `${NAME} Two`)).toBe(false);
    expect(readFileSync(path).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    await sessions.close(ws);
    expect(holdsName(path)).toBe(false);
  });

  it('opens with the passphrase and keeps the data across a restart', async () => {
    await sessions.close(await encryptedWorkspace());
    const again = open(SECRET);
    expect(await accountNames(again)).toEqual([NAME]);
    expect((await call<WorkspaceInfo>(again, 'workspace.info')).encrypted).toBe(true);
  });

  it('refuses to open without the passphrase or with a wrong one, leaving the file byte for byte', async () => {
    await sessions.close(await encryptedWorkspace());
    const before = readFileSync(path);
    expect(() => open()).toThrow(PassphraseError);
    expect(() => open()).toThrow(/is encrypted: its passphrase is needed/);
    expect(() => open('wrong passphrase')).toThrow(/The passphrase does not open the workspace/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('a passphrase with quotes and SQL in it is only a passphrase', async () => {
    const ws = open();
    await call(ws, 'accounts.create', { name: NAME });
    const tricky = `x'; ATTACH DATABASE 'evil.db' AS e; --密码"`;
    await call(ws, 'workspace.setPassphrase', { next: tricky });
    await sessions.close(ws);
    expect(existsSync(join(dir, 'evil.db'))).toBe(false);
    expect(await accountNames(open(tricky))).toEqual([NAME]);
  });

  it('backs up first, and every backup is encrypted with the key, listed, verified and restorable', async () => {
    const ws = await encryptedWorkspace();
    const [safety] = await call<BackupItem[]>(ws, 'workspace.backups');
    expect(safety?.reason).toBe('beforePassphrase');
    const manual = await call<BackupItem>(ws, 'workspace.backupNow');
    expect(manual.counts.accounts).toBe(1);
    const backups = backupsFor(path, () => new Date());
    for (const item of backups.list()) {
      const file = join(backups.dir, item.id);
      expect(item.sizeBytes).toBe(statSync(file).size);
      expect(holdsName(file), item.id).toBe(false);
      expect(() => inspectWorkspace(file)).toThrow(PassphraseError);
      expect(inspectWorkspace(file, SECRET)).toMatchObject({ damaged: false, encrypted: true });
    }
    await call(ws, 'accounts.create', { name: 'After the backup' });
    await call(ws, 'workspace.restore', { id: manual.id });
    expect(await accountNames(ws)).toEqual([NAME]);
    expect(holdsName(path)).toBe(false);
    await sessions.close(ws);
    expect(await accountNames(open(SECRET))).toEqual([NAME]);
  });

  it('saves a copy of an encrypted workspace encrypted with the same key', async () => {
    const ws = await encryptedWorkspace();
    const copy = join(dir, 'copy.sqlite');
    await call(ws, 'workspace.saveCopy', { path: copy });
    expect(holdsName(copy)).toBe(false);
    expect(() => inspectWorkspace(copy)).toThrow(PassphraseError);
    expect(inspectWorkspace(copy, SECRET)).toMatchObject({ damaged: false, encrypted: true });
  });

  it('changes the passphrase: the old one no longer opens the file or its backups', async () => {
    const ws = await encryptedWorkspace();
    const told: Passphrase[] = [];
    await sessions.close(ws);
    const again = open(SECRET, (p) => told.push(p));
    const next = 'another long passphrase';
    await call(again, 'workspace.setPassphrase', { current: SECRET, next });
    expect(told).toEqual([next]);
    expect(await accountNames(again)).toEqual([NAME]);
    await sessions.close(again);
    expect(() => open(SECRET)).toThrow(/does not open/);
    const backups = backupsFor(path, () => new Date());
    expect(backups.list().length).toBe(2);
    for (const item of backups.list()) {
      const file = join(backups.dir, item.id);
      expect(() => inspectWorkspace(file, SECRET)).toThrow(PassphraseError);
      expect(inspectWorkspace(file, next).encrypted).toBe(true);
    }
    expect(await accountNames(open(next))).toEqual([NAME]);
  });

  it('removes the passphrase: the file and its backups are plain again', async () => {
    const ws = await encryptedWorkspace();
    const info = await call<WorkspaceInfo>(ws, 'workspace.setPassphrase', {
      current: SECRET,
      next: null,
    });
    expect(info.encrypted).toBe(false);
    await call(ws, 'accounts.create', { name: 'Plain again' });
    await sessions.close(ws);
    expect(readFileSync(path).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(await accountNames(open())).toEqual([NAME, 'Plain again'].sort());
    const backups = backupsFor(path, () => new Date());
    for (const item of backups.list())
      expect(inspectWorkspace(join(backups.dir, item.id)).encrypted).toBe(false);
  });

  it('refuses a wrong or missing current passphrase, a short one, and removing none, changing nothing', async () => {
    const ws = await encryptedWorkspace();
    const backupsBefore = (await call<BackupItem[]>(ws, 'workspace.backups')).length;
    const wrong = await refusal(ws, 'workspace.setPassphrase', {
      current: 'nope nope',
      next: null,
    });
    expect(wrong).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['current'], code: 'wrong_passphrase' }],
    });
    const missing = await refusal(ws, 'workspace.setPassphrase', { next: 'a new passphrase' });
    expect(missing.issues?.[0]?.code).toBe('wrong_passphrase');
    const short = await refusal(ws, 'workspace.setPassphrase', { current: SECRET, next: 'short' });
    expect(short).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['next'], code: 'passphrase_too_short' }],
    });
    const extra = await refusal(ws, 'workspace.setPassphrase', { next: SECRET, path: '/etc' });
    expect(extra.code).toBe('invalid_input');
    expect((await call<BackupItem[]>(ws, 'workspace.backups')).length).toBe(backupsBefore);
    await sessions.close(ws);
    expect(await accountNames(open(SECRET))).toEqual([NAME]);

    const plain = join(dir, 'plain.sqlite');
    const other = openWorkspace({
      dbPath: plain,
      systemLocale: 'en',
      appVersion: '1',
      seedDemo: false,
      automaticBackups: false,
    });
    sessions.add(other);
    expect(await refusal(other, 'workspace.setPassphrase', { next: null })).toMatchObject({
      code: 'conflict',
    });
  });

  it('a plain file opens as one even when a passphrase is offered', async () => {
    const ws = open();
    await call(ws, 'accounts.create', { name: NAME });
    await sessions.close(ws);
    const again = open(SECRET);
    expect(await accountNames(again)).toEqual([NAME]);
    expect((await call<WorkspaceInfo>(again, 'workspace.info')).encrypted).toBe(false);
  });

  it('an encrypted file with a damaged page opens read-only as damaged with its passphrase, not as a wrong one', async () => {
    const ws = await encryptedWorkspace();
    for (let i = 0; i < 50; i++)
      await call(ws, 'accounts.create', { name: `Filler ${i} ${'x'.repeat(150)}` });
    await sessions.close(ws);
    const bytes = readFileSync(path);
    const page = 4096 * Math.floor(bytes.length / 4096 / 2);
    bytes.fill(0x5a, page + 100, page + 400);
    writeFileSync(path, bytes);
    const damaged = open(SECRET);
    expect(await call<WorkspaceInfo>(damaged, 'workspace.info')).toMatchObject({
      state: 'damaged',
      readOnly: true,
      encrypted: true,
    });
    await sessions.close(damaged);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(() => open('wrong passphrase')).toThrow(PassphraseError);
  });
});
