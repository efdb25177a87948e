import { useCallback, useEffect, useRef, type RefObject } from 'react';
import cardClasses from '../components/MapCard.module.css';

/** From this many people on, dashed lines are drawn solid while the view pans or zooms. */
const SIMPLIFY_WHILE_MOVING_FROM = 500;
/** How long the view rests before dashed lines are drawn dashed again. */
const DASHES_BACK_AFTER_MS = 300;

/**
 * Dashed lines solid while a big map moves (see .movingMap), back once the view has rested a
 * moment, so that quick pan and zoom gestures in a row do not repaint every dash in between.
 * A class on the wrapper, so nothing re-renders.
 */
export function useMovingMap(wrapper: RefObject<HTMLDivElement | null>, peopleCount: number) {
  const simplifyWhileMoving = peopleCount >= SIMPLIFY_WHILE_MOVING_FROM;
  const restTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onMoveStart = useCallback(() => {
    clearTimeout(restTimer.current);
    if (simplifyWhileMoving) wrapper.current?.classList.add(cardClasses.movingMap!);
  }, [simplifyWhileMoving, wrapper]);
  const onMoveEnd = useCallback(() => {
    clearTimeout(restTimer.current);
    restTimer.current = setTimeout(
      () => wrapper.current?.classList.remove(cardClasses.movingMap!),
      DASHES_BACK_AFTER_MS,
    );
  }, [wrapper]);
  useEffect(() => () => clearTimeout(restTimer.current), []);
  return { onMoveStart, onMoveEnd };
}
