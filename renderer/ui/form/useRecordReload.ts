import { useState } from 'react';

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
  const [reloading, setReloading] = useState(false);

  async function reloadRecord() {
    if (!record) return;
    setReloading(true);
    try {
      const fresh = await fetchFresh(record);
      setRecord(fresh);
      onFresh(fresh);
    } finally {
      setReloading(false);
    }
  }

  return { record, reloading, reloadRecord };
}
