import { z } from 'zod';

// The workspace as a file the user manages (issue 13): its state, its backups and restoring one.

/**
 * How the open workspace file stands:
 * - ok: opened for reading and writing;
 * - damaged: `quick_check` found it damaged, so it is open read-only and nothing is written;
 * - emptyFile: the file existed with 0 bytes (or was missing while its backups are there), so it
 *   was not filled with the demo; the user chooses to load the demo or restore a backup.
 */
export const WORKSPACE_STATES = ['ok', 'damaged', 'emptyFile'] as const;
export type WorkspaceState = (typeof WORKSPACE_STATES)[number];

/** Why a backup was taken. */
export const BACKUP_REASONS = [
  'open',
  'periodic',
  'manual',
  'beforeRestore',
  'beforeMigration',
  'beforeErase',
  'beforeImport',
  'beforePassphrase',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * A backup's id is its file name inside the workspace's `backups/` folder, never a path:
 * letters, digits, dot, dash and underscore only, ending in `.sqlite`.
 */
export const backupId = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.sqlite$/, { error: 'invalid_backup' });

export const backupItem = z.object({
  id: backupId,
  /** When it was taken (ISO 8601 instant). */
  at: z.string(),
  reason: z.enum(BACKUP_REASONS),
  sizeBytes: z.number().int().min(0),
  /** What it holds, counted when it was taken (archived records included). */
  counts: z.object({
    accounts: z.number().int().min(0),
    opportunities: z.number().int().min(0),
    people: z.number().int().min(0),
  }),
});
export type BackupItem = z.infer<typeof backupItem>;

export const workspaceInfo = z.object({
  /** The workspace file's absolute path. */
  path: z.string(),
  sizeBytes: z.number().int().min(0),
  state: z.enum(WORKSPACE_STATES),
  /** True when nothing can be written (damaged, or the file or its folder is read-only). */
  readOnly: z.boolean(),
  /** The folder the backups are kept in. */
  backupsDir: z.string(),
  /** The newest backup that passed its integrity check, if any. */
  newestBackup: backupItem.nullable(),
  /** The network share the file lies on (such as `cifs //nas/deals`), where SQLite is unsafe. */
  networkShare: z.string().nullable(),
  /** True when the file (and so each of its backups) is encrypted with a passphrase. */
  encrypted: z.boolean(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfo>;

const none = z.strictObject({});

// The workspace as a file the user manages: save a copy, open another, create one, recent files.

/**
 * A workspace file's absolute path as the user typed or chose it. The main process checks it
 * further (normalized, its folder, whether it exists) before touching the disk.
 */
export const workspaceFilePath = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  .refine((path) => !path.includes('\0'), { error: 'path_invalid' })
  // POSIX (/home/…), Windows drive (C:\…) or UNC (\\server\share\…): nothing relative.
  .refine((path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path), { error: 'path_not_absolute' });

export const recentWorkspace = z.object({
  path: z.string(),
  /** The file's name, for the list. */
  name: z.string(),
  /** When it was last opened, created or saved as a copy (ISO 8601 instant). */
  lastOpenedAt: z.string(),
  /** False when the file is no longer there: listed as missing, never opened. */
  exists: z.boolean(),
});
export type RecentWorkspace = z.infer<typeof recentWorkspace>;

/** How many files the recent list keeps. */
export const RECENT_WORKSPACES_MAX = 10;

export const workspaceFileChannels = {
  /**
   * A verified copy of the open workspace (SQLite's backup API, then `integrity_check`) at `path`.
   * Never the open file; an existing file only with `overwrite`. The copy joins the recent list.
   */
  'workspace.saveCopy': {
    input: z.strictObject({
      path: workspaceFilePath,
      overwrite: z.boolean().default(false),
    }),
    output: z.object({ path: z.string(), sizeBytes: z.number().int().min(0) }),
  },
  /**
   * Switches the session to another existing workspace file (`.sqlite`, or a Deal Workbench file
   * by its header); the open one is closed cleanly. A foreign or newer file is refused and the
   * open one stays; a damaged one opens read-only, as at startup. Every view reads again.
   */
  'workspace.open': { input: z.strictObject({ path: workspaceFilePath }), output: workspaceInfo },
  /** A new workspace file (empty, or with the demo) at a free `path`, then opened. */
  'workspace.create': {
    input: z.strictObject({ path: workspaceFilePath, withDemo: z.boolean().default(false) }),
    output: workspaceInfo,
  },
  /** The files opened lately, newest first, missing ones marked. */
  'workspace.recent': { input: none, output: z.array(recentWorkspace) },
  /** Takes a file off the recent list (the file itself is left alone). */
  'workspace.forgetRecent': {
    input: z.strictObject({ path: z.string().min(1).max(4096) }),
    output: z.array(recentWorkspace),
  },
} as const;
/** The shortest passphrase accepted: a short one is guessed offline, whatever the cipher. */
export const MIN_PASSPHRASE_LENGTH = 8;

/** A passphrase as typed (never trimmed: every character counts). */
const passphrase = z.string().max(1024, { error: 'too_long' });

export const setPassphraseInput = z.strictObject({
  /** The passphrase the workspace has now; required when it is encrypted. */
  current: passphrase.optional(),
  /** The new passphrase, or null to store the workspace unencrypted again. */
  next: passphrase.min(MIN_PASSPHRASE_LENGTH, { error: 'passphrase_too_short' }).nullable(),
});
export type SetPassphraseInput = z.infer<typeof setPassphraseInput>;

export const workspaceChannels = {
  'workspace.info': { input: none, output: workspaceInfo },
  /** Every backup of this workspace, newest first. */
  'workspace.backups': { input: none, output: z.array(backupItem) },
  'workspace.backupNow': { input: none, output: backupItem },
  /**
   * Replaces the workspace with a backup, after backing up the current file (unless it is
   * damaged, when the damaged file is kept aside instead). Every view reads again afterwards.
   */
  'workspace.restore': {
    input: z.strictObject({ id: backupId }),
    output: z.object({ restored: backupItem, safetyCopy: z.string() }),
  },
  /**
   * Encrypts the workspace with a passphrase, changes it, or (next: null) removes it, after a
   * backup; every backup is re-keyed with it. A wrong `current` is refused (`wrong_passphrase`).
   */
  'workspace.setPassphrase': { input: setPassphraseInput, output: workspaceInfo },
  /** Fills an empty workspace (state emptyFile, no accounts) with the demo, as asked. */
  'workspace.loadDemo': { input: none, output: workspaceInfo },
  ...workspaceFileChannels,
} as const;
