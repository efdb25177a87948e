import type { BackupItem, SetPassphraseInput } from '../../../../shared/workspace.ts';
import { readQuery } from '../../../data/read.ts';
import { useWrite } from '../../../data/write.ts';

export const workspaceQueries = {
  /** The open file: its path, size, state and newest good backup. */
  info: () => readQuery('workspace.info', {}),
  /** Every backup of the open workspace, newest first. */
  backups: () => readQuery('workspace.backups', {}),
};

/** Takes a backup now; the list and the file's figures follow. */
export function useBackupNow() {
  return useWrite((_: void, { write }) => write('workspace.backupNow', {}));
}

/**
 * Replaces the workspace with a backup (the server backs up the current file first); its answer
 * says every kind of record changed, so every open view reads the restored data.
 */
export function useRestoreBackup() {
  return useWrite((backup: BackupItem, { write }) => write('workspace.restore', { id: backup.id }));
}

/** Sets, changes or (next: null) removes the workspace's passphrase; the server backs up first. */
export function useSetPassphrase() {
  return useWrite(async (input: SetPassphraseInput, { write, cache }) => {
    const info = await write('workspace.setPassphrase', input);
    cache.put(workspaceQueries.info(), () => info);
    return info;
  });
}

/** Fills the empty workspace with the demo, as the user asked. */
export function useLoadDemo() {
  return useWrite(async (_: void, { write, cache }) => {
    const info = await write('workspace.loadDemo', {});
    cache.put(workspaceQueries.info(), () => info);
    return info;
  });
}
