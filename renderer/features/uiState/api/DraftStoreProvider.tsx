import { useMemo, useRef, useEffect, type ReactNode } from 'react';
import { readQuery, useReload } from '../../../data/read.ts';
import { useWrite } from '../../../data/write.ts';
import { DraftStoreContext, type DraftStore } from '../../../ui/form/crashDraft.ts';

/** Gives the forms their crash drafts, kept in the workspace through the data layer. */
export function DraftStoreProvider({ children }: { children: ReactNode }) {
  const reload = useReload();
  // One scope: a discard never overtakes the save before it.
  const save = useWrite(
    (input: { key: string; value: string }, { write }) => write('drafts.save', input),
    { scope: 'drafts' },
  );
  const discard = useWrite((key: string, { write }) => write('drafts.discard', { key }), {
    scope: 'drafts',
  });
  const writes = useRef({ save: save.mutateAsync, discard: discard.mutateAsync });
  useEffect(() => {
    writes.current = { save: save.mutateAsync, discard: discard.mutateAsync };
  });

  const store: DraftStore = useMemo(
    () => ({
      get: (key) => reload(readQuery('drafts.get', { key })),
      save: async (key, value) => {
        await writes.current.save({ key, value });
      },
      discard: async (key) => {
        await writes.current.discard(key);
      },
    }),
    [reload],
  );
  return <DraftStoreContext.Provider value={store}>{children}</DraftStoreContext.Provider>;
}
