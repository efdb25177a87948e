import { workspaceFilesEn } from './filesEn.ts';

/** English messages of the workspace file and its backups; zh-CN.ts beside it must match key for key. */
export const workspaceEn = {
  title: 'Workspace',
  hint: 'The one file all your data is kept in, and its backups. A backup is taken when the workspace opens (at most once a day), every few hours while you edit, and before any risky change such as a restore.',
  fileLabel: 'Workspace file',
  path: 'File',
  size: 'Size',
  state: 'State',
  backupsDir: 'Backups folder',
  files: workspaceFilesEn,
  states: {
    ok: 'In good order',
    readOnly: 'Read-only: the file or its folder cannot be written',
    damaged: 'Damaged: open read-only, nothing is written to it',
    emptyFile: 'Empty: the file held no data',
  },
  backupsTitle: 'Backups',
  backupsLabel: 'Backups, newest first',
  columns: {
    at: 'Taken',
    reason: 'Why',
    size: 'Size',
    accounts: 'Accounts',
    opportunities: 'Deals',
    people: 'People',
    actions: 'Actions',
  },
  noBackups: 'No backups yet. "Back up now" makes the first one.',
  reasons: {
    open: 'Workspace opened',
    periodic: 'While editing',
    manual: 'Backed up by hand',
    beforeRestore: 'Before a restore',
    beforeMigration: 'Before an update',
    beforeErase: 'Before an erasure',
    beforeImport: 'Before an import',
    beforePassphrase: 'Before a passphrase change',
  },
  backupNow: 'Back up now',
  backedUpNotice: 'Backed up: {{at}}.',
  backupFailedTitle: 'No backup was made',
  accountCount_one: '{{count}} account',
  accountCount_other: '{{count}} accounts',
  opportunityCount_one: '{{count}} deal',
  opportunityCount_other: '{{count}} deals',
  personCount_one: '{{count}} person',
  personCount_other: '{{count}} people',
  counts: '{{accounts}}, {{opportunities}}, {{people}}',
  restore: 'Restore…',
  restoreLabel: 'Restore the backup of {{at}}',
  restoreTitle: 'Restore this backup?',
  restoreBody:
    'The workspace will be replaced by the backup of {{at}} ({{counts}}). The current workspace is backed up first, so you can go back to it.',
  restoreBodyDamaged:
    'The damaged workspace will be replaced by the backup of {{at}} ({{counts}}). The damaged file is kept aside, not deleted.',
  restoreConfirm: 'Restore',
  restoredNotice:
    'Restored the backup of {{at}} ({{counts}}). The workspace as it was before is kept as {{safetyCopy}}.',
  restoreFailedTitle: 'Nothing was restored',
  passphrase: {
    title: 'Encryption',
    plain: 'Not encrypted: anyone who can read the file can read your data.',
    encrypted: 'Encrypted with a passphrase: the file and its backups cannot be read without it.',
    set: 'Set a passphrase…',
    change: 'Change the passphrase…',
    remove: 'Remove the passphrase…',
    dialogTitle: {
      set: 'Encrypt the workspace',
      change: 'Change the passphrase',
      remove: 'Remove the passphrase',
    },
    warning: {
      set: 'The workspace and every backup of it will be encrypted. Keep the passphrase safe: if it is lost, nobody can open them again. The browser shell then asks for it at start (or reads DEAL_WORKBENCH_PASSPHRASE).',
      change:
        'The workspace and every backup of it will be encrypted with the new passphrase; the old one will no longer open them.',
      remove:
        'The workspace and every backup of it will be stored unencrypted again: anyone who can read the files can read your data.',
    },
    current: 'Current passphrase',
    next: 'New passphrase',
    nextHint: 'At least 8 characters; a few words are easier to remember than symbols.',
    repeat: 'Repeat the new passphrase',
    confirm: { set: 'Encrypt', change: 'Change', remove: 'Remove the passphrase' },
    done: {
      set: 'The workspace and its backups are encrypted. You need the passphrase to open it from now on.',
      change: 'The passphrase is changed, for the workspace and its backups.',
      remove: 'The workspace and its backups are no longer encrypted.',
    },
  },
  banner: {
    damagedTitle: 'The workspace file is damaged',
    damagedBody:
      '{{path}} is damaged, so it is open read-only: you can look at your data, but nothing will be written to it.',
    damagedNoBackup: 'There is no good backup of it to restore.',
    restoreNewest: 'Restore the newest good backup ({{at}})',
    emptyTitle: 'The workspace file was empty',
    emptyBody:
      '{{path}} held no data, so it was not filled with the demo. Load the demo to try the app out, or restore a backup.',
    loadDemo: 'Load the demo',
    loadDemoTitle: 'Load the demo?',
    loadDemoBody:
      'The empty workspace {{path}} will be filled with the demo accounts, people and deals. You can archive them later.',
    demoLoadedNotice: 'The demo is loaded.',
    loadDemoFailedTitle: 'The demo was not loaded',
    restoreBackup: 'Restore a backup',
    shareTitle: 'The workspace is on a network share',
    shareBody:
      '{{path}} lies on {{share}}. SQLite is not safe there: another computer or a dropped connection can damage the file. Keep the workspace on this computer’s disk, and save copies to the share instead.',
  },
};
export type WorkspaceMessages = typeof workspaceEn;
