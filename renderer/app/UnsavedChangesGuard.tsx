import { useState, useSyncExternalStore } from 'react';
import { dirtyForms } from '../ui/form/dirtyForms.ts';
import { UnsavedChangesDialog } from '../ui/form/UnsavedChangesDialog.tsx';
import { useNavigationGuard } from '../routes/useNavigationGuard.ts';

/**
 * Leaving a screen (sidebar, tabs, Back, the palette) or closing the tab while a form has unsaved
 * changes asks first: keep editing, discard, or save and go on.
 */
export function UnsavedChangesGuard() {
  const dirty = useSyncExternalStore(dirtyForms.subscribe, dirtyForms.isDirty);
  const canSave = useSyncExternalStore(dirtyForms.subscribe, dirtyForms.canSaveAll);
  const [pending, setPending] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const guard = useNavigationGuard(dirty || pending !== null, dirtyForms.isDirty, setPending);

  const go = (hash: string) => {
    setPending(null);
    guard.leave(hash);
  };

  return (
    <UnsavedChangesDialog
      opened={pending !== null}
      canSave={canSave}
      saving={saving}
      onStay={() => setPending(null)}
      onDiscard={() => {
        if (pending === null) return;
        dirtyForms.discardAll();
        go(pending);
      }}
      onSave={() => {
        if (pending === null) return;
        setSaving(true);
        void dirtyForms
          .saveAll()
          .then((saved) => (saved ? go(pending) : setPending(null)))
          .finally(() => setSaving(false));
      }}
    />
  );
}
