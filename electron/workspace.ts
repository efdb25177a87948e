import type Database from 'better-sqlite3-multiple-ciphers';
import {
  accessSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ENTITIES } from '../shared/changed.ts';
import { channels, type ChannelName } from '../shared/channels.ts';
import type { Locale } from '../shared/enums.ts';
import { AppError } from '../shared/errors.ts';
import { makeIssue } from '../shared/issues.ts';
import { localDay } from '../shared/localDate.ts';
import type { AppInfo } from '../shared/schemas.ts';
import type {
  BackupItem,
  BackupReason,
  SetPassphraseInput,
  WorkspaceInfo,
} from '../shared/workspace.ts';
import { seedDemo } from './demo/seedDemo.ts';
import { networkShareOf, systemProbe } from './networkShare.ts';
import { combine, createHandlers, type FileHandlers } from './handlers.ts';
import { createRouter, type Router } from './router.ts';
import { createServices, type Services, type ServicesOptions } from './services/index.ts';
import { workspaceHandlers, type WorkspaceService } from './services/workspace.ts';
import { backupsFor, saveVerifiedCopy, type BackupStore } from './store/backups.ts';
import { recentWorkspaces } from './recentWorkspaces.ts';
import { fileToOpen, fileToWrite, sameFile } from './workspacePaths.ts';
import {
  openDatabase,
  PassphraseError,
  rekey,
  samePassphrase,
  type Passphrase,
} from './store/cipher.ts';
import { invalidInput } from './services/common.ts';
import {
  inspectWorkspace,
  NotAWorkspaceError,
  openStore,
  WorkspaceTooNewError,
} from './store/connection.ts';
import { touch } from './touched.ts';

export { NotAWorkspaceError, WorkspaceTooNewError } from './store/connection.ts';
export { PassphraseError } from './store/cipher.ts';

export type WorkspaceOptions = {
  /** ':memory:' for tests. */
  dbPath: string;
  /** The default settings.locale and the language of the demo content. */
  systemLocale: Locale;
  appVersion: string;
  /** Clock, for tests. */
  now?: () => Date;
  /** Default true: a workspace file the app creates gets the demo content. */
  seedDemo?: boolean;
  /**
   * Default true: a backup at open (one a day) and after writes every few hours. Generators that
   * write months of simulated time in minutes turn them off.
   */
  automaticBackups?: boolean;
  onInternalError?: (channel: string, error: unknown) => void;
  /**
   * The recent-workspaces list (a JSON file in the user-data folder, beside the default
   * workspace). Without one (tools, tests), no file is remembered.
   */
  recentListPath?: string;
  /** The passphrase of an encrypted workspace (ignored for a plain one). */
  passphrase?: string;
  /** Told when Settings sets, changes or removes the passphrase (Electron remembers it). */
  onPassphraseChanged?: (passphrase: Passphrase) => void;
};

export type Workspace = {
  /**
   * Stable for the whole session: it answers from whichever file is open (a restore, or opening
   * or creating another file, swaps it).
   */
  router: Router;
  /** The open file's absolute path (':memory:' in tests). */
  readonly path: string;
  readonly info: AppInfo;
  /** True while the open file is encrypted with a passphrase. */
  readonly encrypted: boolean;
  /**
   * The shell answers (called after its ready line): start-up work that is due, the weekly
   * forecast snapshot, runs once requests pause, off the first screen's path.
   */
  ready(): void;
  /** Resolves once no backup is running (a clean stop; tests). */
  idle(): Promise<void>;
  close(): void;
};

/** A periodic backup is due after a write once the newest backup is this old. */
export const PERIODIC_BACKUP_MS = 4 * 60 * 60 * 1000;

/** After ready(), a due weekly snapshot is taken once no request has run for this long… */
export const WEEKLY_AFTER_QUIET_MS = 1500;
/** …or this long after ready() when no client has called yet (a shell nobody opened). */
export const WEEKLY_WITHOUT_CLIENT_MS = 10_000;

// Reads that neither write nor read the forecast snapshots: they need not wait for a due weekly
// snapshot. Every other channel (writes, forecast.*, anything new) has it taken first, so the
// snapshot still shows the pipeline as it was at open.
const SNAPSHOT_FREE_READ =
  /^(?!forecast\.)\w+\.(info|get|list|query|queue|deal|coverage|changesSince|comparison|quadrant|undoState|recent|backups|job)$/;

/** The database of the open file and what answers from it. */
type OpenFile = {
  /** Absolute, or ':memory:'. */
  path: string;
  memory: boolean;
  /** Its `backups/` folder beside it (none in memory). */
  backups: BackupStore | null;
  db: Database.Database;
  damaged: boolean;
  encrypted: boolean;
  options: ServicesOptions;
  /** Null when the file is too damaged for the services to be built on it. */
  services: Services | null;
  router: Router;
  /** This ISO week's automatic forecast snapshot may still have to be taken. */
  weeklyDue: boolean;
};

/**
 * The main-process core: a session over the workspace file (database → migrations → services →
 * handlers → router) that can swap the open database when a backup is restored.
 */
export function openWorkspace(options: WorkspaceOptions): Workspace {
  const now = options.now ?? (() => new Date());
  const recent = recentWorkspaces(options.recentListPath ?? null);
  let passphrase: Passphrase = options.passphrase ?? null;

  // Backups and restores run one at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T> | T): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  let lastBackupAt = 0;
  let automaticRunning = false;
  let closed = false;

  const backUp = async (reason: BackupReason): Promise<BackupItem> => {
    const { backups } = file;
    if (!backups) throw new AppError('conflict', 'This workspace is kept in memory only.');
    const item = await backups.take(file.db, reason);
    lastBackupAt = Date.parse(item.at);
    return item;
  };

  const service: WorkspaceService = {
    info,
    backups: () => file.backups?.list() ?? [],
    backupNow: () =>
      serially(async () => {
        refuseWhenDamaged('backed up');
        const item = await backUp('manual');
        touch('backup');
        return item;
      }),
    restore: (id) => serially(() => restore(id)),
    setPassphrase: (input) => serially(() => setPassphrase(input)),
    loadDemo,
    saveCopy: (path, overwrite) => serially(() => saveCopy(path, overwrite)),
    open: (path) => serially(() => switchTo(fileToOpen(path), false)),
    create: (path, withDemo) =>
      serially(() => switchTo(fileToWrite(path, { overwrite: false, notOpen: null }), withDemo)),
    recent: () => recent.list(),
    forgetRecent,
  };
  const sessionHandlers = workspaceHandlers(service);

  /** Opens `target` (which may be the open file, after a restore) with what answers from it. */
  function openFile(target: string, withDemo: boolean): OpenFile {
    const memory = target === ':memory:';
    const path = memory ? target : resolve(target);
    // Backups of an encrypted workspace carry its key; `file` is read only once a backup runs.
    const backups = memory
      ? null
      : backupsFor(path, now, () => (file.encrypted ? passphrase : null));
    const store = openStore(path, now, passphrase);
    const { db } = store;
    try {
      const fileOptions: ServicesOptions = {
        db,
        now,
        systemLocale: options.systemLocale,
        appVersion: options.appVersion,
        workspacePath: path,
        // An erase or an import is taken back only from the backup taken just before it.
        beforeRisky: async (reason) => {
          if (backups) await serially(() => backUp(reason));
        },
      };
      let services: Services | null = null;
      if (store.damaged) {
        // Read what can be read; a file whose schema cannot be read answers only workspace.*.
        try {
          services = createServices(fileOptions);
        } catch {
          services = null;
        }
      } else {
        services = createServices(fileOptions);
        // The demo only for a file the app makes now, never for an emptied or lost one.
        const lost = (backups?.list().length ?? 0) > 0;
        if (store.created && !lost && withDemo) seedDemo(fileOptions);
      }
      const handlers = combine(
        sessionHandlers,
        services ? createHandlers(services) : unreadable(path, () => unreadableInfo(path, db)),
      );
      const router = createRouter(handlers, { onInternalError: options.onInternalError });
      return {
        path,
        memory,
        backups,
        db,
        damaged: store.damaged,
        encrypted: store.encrypted,
        options: fileOptions,
        services,
        router,
        // The weekly forecast snapshot (issue 6), of the first open of each ISO week: taken
        // after start (settleWeekly), not while the first screen waits.
        weeklyDue: services !== null && !store.damaged,
      };
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** What app.info says of a file whose services could not be built. */
  function unreadableInfo(path: string, db: Database.Database): AppInfo {
    return {
      version: options.appVersion,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      workspacePath: path,
      systemLocale: options.systemLocale,
    };
  }

  let file = openFile(options.dbPath, options.seedDemo !== false);
  lastBackupAt = Date.parse(file.backups?.list()[0]?.at ?? '') || 0;
  if (!file.memory) remember(file.path);

  /** The recent list follows every file opened; a list that cannot be written stops nothing. */
  function remember(path: string): void {
    try {
      recent.add(path, now());
    } catch (error) {
      options.onInternalError?.('workspace.recent', error);
    }
  }

  /** No accounts and no history: an emptied or lost file, or one made without the demo. */
  function holdsNothing(): boolean {
    if (file.damaged) return false;
    const row = file.db
      .prepare<[], { empty: number }>(
        'SELECT NOT EXISTS (SELECT 1 FROM accounts) AND NOT EXISTS (SELECT 1 FROM changes) AS empty',
      )
      .get();
    return row?.empty === 1;
  }

  // Read once per file: the mount table does not change under an open workspace.
  const shares = new Map<string, string | null>();
  const networkShare = (file: string) => {
    if (!shares.has(file)) shares.set(file, networkShareOf(file, systemProbe) ?? null);
    return shares.get(file) ?? null;
  };

  function info(): WorkspaceInfo {
    const { path, memory, backups } = file;
    return {
      path,
      sizeBytes: memory ? 0 : sizeOf(path) + sizeOf(`${path}-wal`),
      state: file.damaged ? 'damaged' : holdsNothing() ? 'emptyFile' : 'ok',
      readOnly: file.damaged || (!memory && !writable(path)),
      backupsDir: backups?.dir ?? '',
      newestBackup: backups?.list()[0] ?? null,
      networkShare: memory ? null : networkShare(path),
      encrypted: file.encrypted,
    };
  }

  function refuseWhenDamaged(action: string): void {
    if (file.damaged)
      throw new AppError(
        'read_only',
        `The workspace ${file.path} is damaged and open read-only, so it cannot be ${action}. Restore a backup.`,
      );
  }

  async function restore(id: string): Promise<{ restored: BackupItem; safetyCopy: string }> {
    const { path, backups } = file;
    if (!backups) throw new AppError('not_found', `There is no backup named ${id}.`);
    const source = backups.pathOf(id);
    const restored = backups.list().find((item) => item.id === id);
    if (!restored) throw new AppError('not_found', `There is no backup named ${id}.`);
    refuseUnusableBackup(source, id, passphrase);
    // Copied beside the file first: the safety backup's rotation may then drop the chosen one.
    const staged = `${path}.restoring-${process.pid}`;
    copyWhole(source, staged);
    // The current file is kept: a verified backup, or the damaged file moved aside.
    let safetyBackup: BackupItem | null;
    try {
      safetyBackup = file.damaged ? null : await backUp('beforeRestore');
    } catch (error) {
      rmSync(staged, { force: true });
      throw error;
    }
    const safetyCopy = safetyBackup
      ? resolve(backups.dir, safetyBackup.id)
      : `${path}.damaged-${compactStamp(now())}`;
    file.db.close();
    try {
      for (const suffix of ['-wal', '-shm']) {
        if (!safetyBackup && existsSync(path + suffix))
          renameSync(path + suffix, safetyCopy + suffix);
        rmSync(path + suffix, { force: true });
      }
      if (!safetyBackup) renameSync(path, safetyCopy);
      renameSync(staged, path);
    } finally {
      rmSync(staged, { force: true });
      // Whatever is in place now (the restored file, or the old one if the swap failed).
      file = openFile(path, false);
    }
    for (const entity of ENTITIES) touch(entity);
    return { restored, safetyCopy };
  }

  /**
   * Encrypts, re-keys or decrypts the open file in place after a backup, checks that a fresh
   * connection opens it with the new key, then re-keys every backup the same way.
   */
  async function setPassphrase({ current, next }: SetPassphraseInput): Promise<WorkspaceInfo> {
    refuseWhenDamaged(next === null ? 'decrypted' : 'encrypted');
    const { path, backups } = file;
    if (!backups) throw new AppError('conflict', 'This workspace is kept in memory only.');
    const before: Passphrase = file.encrypted ? passphrase : null;
    if (before !== null && !samePassphrase(current ?? null, before))
      throw invalidInput([makeIssue(['current'], 'wrong_passphrase')]);
    if (before === null && next === null)
      throw new AppError('conflict', `The workspace ${path} is not encrypted.`);
    await backUp('beforePassphrase');
    rekey(file.db, next);
    assertOpensWith(next);
    passphrase = next;
    file.encrypted = next !== null;
    const failed = backups.rekeyAll(before, next);
    if (failed.length > 0)
      options.onInternalError?.(
        'workspace.setPassphrase',
        new Error(`These backups keep the previous passphrase: ${failed.join(', ')}`),
      );
    options.onPassphraseChanged?.(next);
    touch('backup');
    return info();
  }

  /** A second connection reads the re-keyed file with the new key, or the change is an error. */
  function assertOpensWith(key: Passphrase): void {
    const check = openDatabase(file.path, key, { readonly: true, fileMustExist: true });
    try {
      check.prepare('SELECT count(*) FROM sqlite_schema').get();
    } finally {
      check.close();
    }
  }

  function loadDemo(): WorkspaceInfo {
    refuseWhenDamaged('filled with the demo');
    if (!holdsNothing() || !file.services)
      throw new AppError(
        'conflict',
        'The demo is loaded only into an empty workspace; this one already holds records.',
      );
    seedDemo({ ...file.options, systemLocale: file.services.settings.get().locale });
    for (const entity of ENTITIES) touch(entity);
    return info();
  }

  /** A backup at open (one a day) or after writes (every few hours), off the request path. */
  function backUpAutomatically(reason: 'open' | 'periodic'): void {
    if (options.automaticBackups === false || closed) return;
    const { backups } = file;
    if (!backups || file.damaged || automaticRunning || holdsNothing()) return;
    const at = now();
    if (reason === 'periodic' && at.getTime() - lastBackupAt < PERIODIC_BACKUP_MS) return;
    const today = localDay(at);
    if (
      reason === 'open' &&
      backups.list().some((b) => b.reason === 'open' && localDay(new Date(b.at)) === today)
    )
      return;
    automaticRunning = true;
    serially(() => (file.damaged || closed ? null : backUp(reason)))
      // A backup cut off by closing the workspace left nothing behind and is no error.
      .catch((error: unknown) => {
        // Tried again after the same pause, not after every write (a full disk, a locked folder).
        lastBackupAt = at.getTime();
        if (!closed) options.onInternalError?.(`workspace.backup (${reason})`, error);
      })
      .finally(() => (automaticRunning = false));
  }

  /** "Save a copy…": a verified copy elsewhere; the open file stays open and unchanged. */
  async function saveCopy(
    target: string,
    overwrite: boolean,
  ): Promise<{ path: string; sizeBytes: number }> {
    const path = fileToWrite(target, { overwrite, notOpen: file.memory ? null : file.path });
    const sizeBytes = await saveVerifiedCopy(file.db, path, {
      overwrite,
      passphrase: file.encrypted ? passphrase : null,
    });
    remember(path);
    touch('recent_workspace');
    return { path, sizeBytes };
  }

  /**
   * Opens (or creates) `target` and only then closes the open file, so a file that cannot be
   * opened (foreign, newer, locked) leaves the session as it was. Runs between backups.
   */
  function switchTo(target: string, withDemo: boolean): WorkspaceInfo {
    if (!file.memory && sameFile(target, file.path)) return info();
    let next: OpenFile;
    try {
      next = openFile(target, withDemo);
    } catch (error) {
      if (error instanceof NotAWorkspaceError)
        throw new AppError('invalid_input', error.message, [
          makeIssue(['path'], 'not_a_workspace'),
        ]);
      if (error instanceof WorkspaceTooNewError)
        throw new AppError('invalid_input', error.message, [
          makeIssue(['path'], 'workspace_too_new'),
        ]);
      throw error;
    }
    file.db.close();
    file = next;
    lastBackupAt = Date.parse(file.backups?.list()[0]?.at ?? '') || 0;
    remember(file.path);
    for (const entity of ENTITIES) touch(entity);
    // Queued after this switch: the new file's backup at open.
    backUpAutomatically('open');
    return info();
  }

  function forgetRecent(path: string) {
    if (!recent.list().some((item) => item.path === path))
      throw new AppError('not_found', `${path} is not on the recent list.`);
    const list = recent.forget(path);
    touch('recent_workspace');
    return list;
  }

  backUpAutomatically('open');

  /** Takes the open file's weekly snapshot if this week has none yet; at most once per open. */
  function settleWeekly(): void {
    clearTimeout(weeklyTimer);
    if (!file.weeklyDue || closed) return;
    file.weeklyDue = false;
    try {
      file.services?.forecast.ensureWeekly();
    } catch (error) {
      // A full disk or a locked file: the next open tries again; the session goes on.
      options.onInternalError?.('forecast.weekly', error);
    }
  }

  let started = false;
  let answered = false;
  let running = 0;
  let weeklyTimer: ReturnType<typeof setTimeout> | undefined;
  /** Waits for a pause in the requests, then takes a due weekly snapshot. */
  function settleWeeklyWhenQuiet(): void {
    clearTimeout(weeklyTimer);
    if (!started || closed || running > 0 || !file.weeklyDue) return;
    weeklyTimer = setTimeout(
      settleWeekly,
      answered ? WEEKLY_AFTER_QUIET_MS : WEEKLY_WITHOUT_CLIENT_MS,
    );
    weeklyTimer.unref?.();
  }

  return {
    router: {
      async dispatch(channel, input) {
        if (file.weeklyDue && !SNAPSHOT_FREE_READ.test(channel)) settleWeekly();
        running += 1;
        clearTimeout(weeklyTimer);
        try {
          const result = await file.router.dispatch(channel, input);
          if (result.ok && result.changed?.length && !channel.startsWith('workspace.'))
            backUpAutomatically('periodic');
          return result;
        } finally {
          running -= 1;
          answered = true;
          // Also after workspace.open or a restore: the file now open may be due.
          settleWeeklyWhenQuiet();
        }
      },
    },
    ready() {
      started = true;
      settleWeeklyWhenQuiet();
    },
    get path() {
      return file.path;
    },
    get info() {
      return file.services ? file.services.app.info() : unreadableInfo(file.path, file.db);
    },
    get encrypted() {
      return file.encrypted;
    },
    idle: () => queue.then(() => undefined),
    close: () => {
      closed = true;
      clearTimeout(weeklyTimer);
      file.db.close();
    },
  };
}

/**
 * Every channel of a file too damaged to read answers with what happened and what to do; only
 * app.info still answers, from the file header.
 */
function unreadable(path: string, info: () => AppInfo): FileHandlers {
  const refuse = () => {
    throw new AppError(
      'damaged',
      `The workspace ${path} is damaged and cannot be read. Restore a backup in Settings → Workspace.`,
    );
  };
  const fileChannels = (Object.keys(channels) as ChannelName[]).filter(
    (channel) => !channel.startsWith('workspace.'),
  );
  // Every handler is the same refusal, whatever its channel's types.
  const handlers = Object.fromEntries(fileChannels.map((channel) => [channel, refuse]));
  return { ...(handlers as unknown as FileHandlers), 'app.info': info };
}

/** A backup is restored only when it is a readable workspace this version understands. */
function refuseUnusableBackup(source: string, id: string, passphrase: Passphrase): void {
  let damaged: boolean;
  try {
    const found = inspectWorkspace(source, passphrase);
    damaged = found.damaged || found.version === 0;
  } catch (error) {
    if (error instanceof PassphraseError)
      throw new AppError(
        'conflict',
        `The backup ${id} cannot be restored: it is encrypted with a passphrase this workspace no longer has.`,
      );
    if (error instanceof WorkspaceTooNewError || error instanceof NotAWorkspaceError)
      throw new AppError('conflict', `The backup ${id} cannot be restored: ${error.message}`);
    throw error;
  }
  if (damaged)
    throw new AppError('damaged', `The backup ${id} is damaged, so it was not restored.`);
}

/** Copies to a temporary name and flushes it, so the rename that follows puts a whole file in place. */
function copyWhole(source: string, target: string): void {
  try {
    copyFileSync(source, target);
    const fd = openSync(target, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(target, { force: true });
    throw error;
  }
}

const compactStamp = (at: Date) => at.toISOString().replace(/[-:]|\.\d+/g, '');

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
