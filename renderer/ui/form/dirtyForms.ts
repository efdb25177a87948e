import { createContext, useContext, useEffect, useRef } from 'react';

/** A form with changes not saved yet, as the guards see it. */
export type DirtyForm = {
  /** Read when a guard decides: a form that just saved may not have re-rendered yet. */
  isDirty: () => boolean;
  /** Saves the form; true when it saved. Absent where the form cannot be saved from elsewhere. */
  save?: () => Promise<boolean>;
  /** Throws the changes away (and the form's crash draft with them). */
  discard: () => void;
  /** The form's element: Ctrl+S saves the form the keyboard is in. */
  element: () => Element | null;
};

export type DirtyForms = ReturnType<typeof createDirtyForms>;

/**
 * The forms with unsaved changes: one registry for the whole app (navigation, closing the tab)
 * and one per drawer (its Esc, close button and outside click).
 */
export function createDirtyForms() {
  const forms = new Map<symbol, DirtyForm>();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const list = () => [...forms.values()].filter((form) => form.isDirty());

  return {
    /** Adds (or with null removes) a form; the key is the registering component's. */
    set(key: symbol, form: DirtyForm | null) {
      if (form) forms.set(key, form);
      else forms.delete(key);
      notify();
    },
    /** The dirty forms, in the order they registered. */
    list,
    isDirty: () => list().length > 0,
    /** Whether every dirty form can be saved from a guard's dialog. */
    canSaveAll: () => list().every((form) => form.save !== undefined),
    /** Saves every dirty form in turn, stopping at the first that does not save. */
    async saveAll(): Promise<boolean> {
      for (const form of list()) {
        if (!form.save || !(await form.save())) return false;
      }
      return true;
    },
    discardAll() {
      for (const form of list()) form.discard();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** Every form of the app with unsaved changes. */
export const dirtyForms = createDirtyForms();

/** The registry of the drawer (or dialog) a form is in, if any. */
export const DirtyScopeContext = createContext<DirtyForms | null>(null);

/**
 * Registers a form while it has unsaved changes, in the app's registry and its drawer's. The
 * callbacks are read when used, so the latest render's values are saved.
 */
export function useDirtyForm(dirty: boolean, form: DirtyForm, ownScope?: DirtyForms) {
  const contextScope = useContext(DirtyScopeContext);
  // A dialog that holds its own form passes its registry; a drawer's forms find it in context.
  const scope = ownScope ?? contextScope;
  const latest = useRef(form);
  useEffect(() => {
    latest.current = form;
  });
  const canSave = form.save !== undefined;
  useEffect(() => {
    if (!dirty) return;
    const key = Symbol('form');
    const entry: DirtyForm = {
      isDirty: () => latest.current.isDirty(),
      discard: () => latest.current.discard(),
      element: () => latest.current.element(),
      ...(canSave ? { save: () => latest.current.save?.() ?? Promise.resolve(false) } : {}),
    };
    dirtyForms.set(key, entry);
    scope?.set(key, entry);
    return () => {
      dirtyForms.set(key, null);
      scope?.set(key, null);
    };
  }, [dirty, canSave, scope]);
}
