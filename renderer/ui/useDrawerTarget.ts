import { useState } from 'react';

/**
 * What a drawer is open for (a record, or "new"), kept until its closing animation ends so
 * the form does not change under the user's eyes; a fresh form is mounted on every opening.
 */
export function useDrawerTarget<T>() {
  const [target, setTarget] = useState<T | null>(null);
  const [opened, setOpened] = useState(false);
  return {
    target,
    opened,
    open(next: T) {
      setTarget(next);
      setOpened(true);
    },
    close() {
      setOpened(false);
    },
    onExitTransitionEnd() {
      setTarget(null);
    },
  };
}

export type DrawerTarget<T> = ReturnType<typeof useDrawerTarget<T>>;
