import type { ChannelInput } from '../../../../shared/channels.ts';
import { readQuery } from '../../../data/read.ts';
import { useWrite } from '../../../data/write.ts';

export const workspaceFileQueries = {
  /** The files opened lately, newest first; missing ones marked. */
  recent: () => readQuery('workspace.recent', {}),
};

/** A checked copy of the open workspace at a path; the open one stays open. */
export function useSaveCopy() {
  return useWrite((input: ChannelInput<'workspace.saveCopy'>, { write }) =>
    write('workspace.saveCopy', input),
  );
}

/**
 * Opens another workspace file (or a new one) in place of the open one: the answer says every
 * kind of record changed, so every view reads from the newly opened file.
 */
export function useOpenWorkspace() {
  return useWrite((input: ChannelInput<'workspace.open'>, { write }) =>
    write('workspace.open', input),
  );
}

export function useCreateWorkspace() {
  return useWrite((input: ChannelInput<'workspace.create'>, { write }) =>
    write('workspace.create', input),
  );
}

/** Takes a file off the recent list; the file itself is left alone. */
export function useForgetRecent() {
  return useWrite(async (path: string, { write, cache }) => {
    const list = await write('workspace.forgetRecent', { path });
    cache.put(workspaceFileQueries.recent(), () => list);
    return list;
  });
}
