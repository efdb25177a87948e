import type {
  BackupItem,
  RecentWorkspace,
  SetPassphraseInput,
  WorkspaceInfo,
} from '../../shared/workspace.ts';
import type { HandlersOf } from '../handlers.ts';

/**
 * The workspace as a file (issue 13): its state and backups, restoring one, and the demo for an
 * empty file. Answered by the session that holds the open file (workspace.ts), since a restore
 * replaces the database every other service reads.
 */
export type WorkspaceService = {
  info(): WorkspaceInfo;
  backups(): BackupItem[];
  backupNow(): Promise<BackupItem>;
  restore(id: string): Promise<{ restored: BackupItem; safetyCopy: string }>;
  setPassphrase(input: SetPassphraseInput): Promise<WorkspaceInfo>;
  loadDemo(): WorkspaceInfo;
  saveCopy(path: string, overwrite: boolean): Promise<{ path: string; sizeBytes: number }>;
  /** Switches the session to another workspace file. */
  open(path: string): Promise<WorkspaceInfo>;
  create(path: string, withDemo: boolean): Promise<WorkspaceInfo>;
  recent(): RecentWorkspace[];
  forgetRecent(path: string): RecentWorkspace[];
};

export function workspaceHandlers(s: WorkspaceService): HandlersOf<'workspace'> {
  return {
    'workspace.info': () => s.info(),
    'workspace.backups': () => s.backups(),
    'workspace.backupNow': () => s.backupNow(),
    'workspace.restore': ({ id }) => s.restore(id),
    'workspace.setPassphrase': (input) => s.setPassphrase(input),
    'workspace.loadDemo': () => s.loadDemo(),
    'workspace.saveCopy': ({ path, overwrite }) => s.saveCopy(path, overwrite),
    'workspace.open': ({ path }) => s.open(path),
    'workspace.create': ({ path, withDemo }) => s.create(path, withDemo),
    'workspace.recent': () => s.recent(),
    'workspace.forgetRecent': ({ path }) => s.forgetRecent(path),
  };
}
