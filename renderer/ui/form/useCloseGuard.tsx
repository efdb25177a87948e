import { useRef, useState, useSyncExternalStore } from 'react';
import { createDirtyForms } from './dirtyForms.ts';
import { UnsavedChangesDialog } from './UnsavedChangesDialog.tsx';

/**
 * For a drawer or dialog holding forms: `requestClose` (its Esc, close button, outside click)
 * asks first while one of `forms` has unsaved changes. Forms inside join `forms` through
 * DirtyScopeContext, or by passing it to useDraftForm; `dialog` is the question, rendered
 * beside the drawer.
 */
export function useCloseGuard(onClose: () => void) {
  const [forms] = useState(createDirtyForms);
  const [asking, setAsking] = useState(false);
  // True from asking until just after the answer's own event: one Esc both answers the question
  // and reaches the drawer's own Esc handler, which must not ask again.
  const askingRef = useRef(false);
  const answered = () => {
    setAsking(false);
    setTimeout(() => {
      askingRef.current = false;
    }, 0);
  };
  const [saving, setSaving] = useState(false);
  const canSave = useSyncExternalStore(forms.subscribe, forms.canSaveAll);

  const dialog = (
    <UnsavedChangesDialog
      opened={asking}
      canSave={canSave}
      saving={saving}
      onStay={answered}
      onDiscard={() => {
        forms.discardAll();
        answered();
        onClose();
      }}
      onSave={() => {
        setSaving(true);
        // A form that saves closes its drawer itself; one refused shows why, and stays open.
        void forms.saveAll().finally(() => {
          setSaving(false);
          answered();
        });
      }}
    />
  );

  return {
    forms,
    requestClose() {
      if (askingRef.current) return;
      if (!forms.isDirty()) return onClose();
      askingRef.current = true;
      // After the key's dispatch: the question's own Esc handler (a window listener that reads
      // the latest render) would otherwise take the same Esc as "keep editing" at once.
      setTimeout(() => setAsking(true), 0);
    },
    dialog,
  };
}
