import type { BackupItem, WorkspaceInfo } from '../../../../shared/workspace.ts';

/** The daily backup taken when the workspace opened this morning. */
export const openedBackup: BackupItem = {
  id: 'workspace-2026-11-23T020000Z-open.sqlite',
  at: '2026-11-23T02:00:00.000Z',
  reason: 'open',
  sizeBytes: 1_234_567,
  counts: { accounts: 7, opportunities: 3, people: 25 },
};

/** One taken by hand an hour later, after an account was added. */
export const manualBackup: BackupItem = {
  id: 'workspace-2026-11-23T030000Z-manual.sqlite',
  at: '2026-11-23T03:00:00.000Z',
  reason: 'manual',
  sizeBytes: 1_300_000,
  counts: { accounts: 8, opportunities: 1, people: 1 },
};

export const okInfo: WorkspaceInfo = {
  path: '/home/li/deals/workspace.sqlite',
  sizeBytes: 1_310_720,
  state: 'ok',
  readOnly: false,
  backupsDir: '/home/li/deals/backups',
  newestBackup: manualBackup,
  networkShare: null,
  encrypted: false,
};
