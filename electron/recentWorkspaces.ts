import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import { RECENT_WORKSPACES_MAX, type RecentWorkspace } from '../shared/workspace.ts';

/** The recent list's file, in the user-data folder beside the default workspace. */
export const RECENT_FILE = 'recent-workspaces.json';

export type RecentList = {
  /** Newest first; a file no longer there is listed with `exists: false`. */
  list(): RecentWorkspace[];
  /** Puts `path` first (opened, created or saved as a copy at `at`). */
  add(path: string, at: Date): void;
  /** Takes `path` off the list; the file itself is left alone. */
  forget(path: string): RecentWorkspace[];
};

const stored = z.object({
  version: z.literal(1),
  items: z.array(z.object({ path: z.string().min(1), lastOpenedAt: z.string() })),
});
type Stored = z.infer<typeof stored>['items'];

/**
 * The last workspaces opened, kept as a small JSON file written whole (temporary file, flushed,
 * renamed), so a crash leaves the old list or the new one. `file` null keeps nothing (tools).
 */
export function recentWorkspaces(file: string | null): RecentList {
  function read(): Stored {
    if (!file) return [];
    try {
      const parsed = stored.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      // An unreadable list (edited by hand, from a newer version) starts over rather than failing.
      return parsed.success ? parsed.data.items : [];
    } catch {
      return [];
    }
  }

  function write(items: Stored): void {
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    try {
      const fd = openSync(partial, 'w');
      try {
        writeSync(fd, JSON.stringify({ version: 1, items }, null, 2));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(partial, file);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
  }

  const list = (): RecentWorkspace[] =>
    read().map(({ path, lastOpenedAt }) => ({
      path,
      name: basename(path),
      lastOpenedAt,
      exists: isFile(path),
    }));

  return {
    list,
    add(path, at) {
      if (!file) return;
      const others = read().filter((item) => item.path !== path);
      write([{ path, lastOpenedAt: at.toISOString() }, ...others].slice(0, RECENT_WORKSPACES_MAX));
    },
    forget(path) {
      const items = read();
      const kept = items.filter((item) => item.path !== path);
      if (kept.length !== items.length) write(kept);
      return list();
    },
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
