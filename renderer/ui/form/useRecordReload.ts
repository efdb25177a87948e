import { useState } from 'react';
import { useTask } from '../useTask.ts';

/**
 * The record a form edits (null for a new one) and how to load it again after a conflict,
 * when someone else saved first: `fetchFresh` reads it anew, `onFresh` puts it into the form.
 */
export function useRecordReload<R>(
  initial: R | null,
  fetchFresh: (record: R) => Promise<R>,
  onFresh: (fresh: R) => void,
) {
  const [record, setRecord] = useState(initial);
  const reload = useTask(fetchFresh, {
    onSuccess: (fresh) => {
      setRecord(fresh);
      onFresh(fresh);
    },
  });

  async function reloadRecord() {
    if (record) await reload.mutateAsync(record);
  }

  return { record, reloading: reload.isPending, reloadRecord };
}
