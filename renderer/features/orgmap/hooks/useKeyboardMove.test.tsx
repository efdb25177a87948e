import { act, cleanup, renderHook } from '@testing-library/react';
import { ReactFlowProvider, type Node } from '@xyflow/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyPersonDraft, type Person } from '../../../../shared/schemas.ts';
import '../../../test/jsdomPolyfills.ts';
import '../../../i18n/i18n.ts';
import type { MapEdits } from '../api/useMapEdits.ts';
import { NUDGE_SAVE_MS, nudged, useKeyboardMove } from './useKeyboardMove.ts';

describe('nudged', () => {
  it('moves 10 px by an arrow, 50 px with Shift, and ignores other keys', () => {
    expect(nudged({ x: 100, y: 40 }, 'ArrowLeft', false)).toEqual({ x: 90, y: 40 });
    expect(nudged({ x: 100, y: 40 }, 'ArrowDown', true)).toEqual({ x: 100, y: 90 });
    expect(nudged({ x: 0.4, y: 0 }, 'ArrowRight', false)).toEqual({ x: 10, y: 0 });
    expect(nudged({ x: 0, y: 0 }, 'Enter', false)).toBeUndefined();
  });
});

describe('useKeyboardMove', () => {
  const person = { ...emptyPersonDraft, id: 'p1', name: 'Song Lijun' } as Person;
  const nodes: Node[] = [{ id: 'p1', type: 'card', position: { x: 100, y: 200 }, data: {} }];
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ReactFlowProvider initialNodes={nodes}>{children}</ReactFlowProvider>
  );
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    cleanup();
  });

  function setup(move: MapEdits['move']) {
    const setNodes = vi.fn();
    const refused = vi.fn();
    const hook = renderHook(
      () =>
        useKeyboardMove({
          setNodes,
          peopleById: new Map([['p1', person]]),
          edits: { move } as MapEdits,
          refused,
        }),
      { wrapper },
    );
    return { hook, setNodes, refused };
  }

  it('saves the moves as one write when the keys stop, and tells screen readers', () => {
    const move = vi.fn(async () => {});
    const { hook, setNodes } = setup(move);
    act(() => void hook.result.current.move('p1', 'ArrowRight', false));
    act(() => void vi.advanceTimersByTime(NUDGE_SAVE_MS - 50));
    act(() => void hook.result.current.move('p1', 'ArrowUp', true));
    expect(setNodes).toHaveBeenCalledTimes(2);
    expect(hook.result.current.message).toBe('Song Lijun moved to x 100, y 150.');
    act(() => void vi.advanceTimersByTime(NUDGE_SAVE_MS - 50));
    expect(move).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(50));
    expect(move).toHaveBeenCalledTimes(1);
    expect(move).toHaveBeenCalledWith([{ personId: 'p1', x: 100, y: 150 }]);
  });

  it('gives up unsaved moves on Ctrl+Z: the card goes back and nothing is written', () => {
    const move = vi.fn(async () => {});
    const { hook, setNodes } = setup(move);
    expect(hook.result.current.discard()).toBe(false);
    act(() => void hook.result.current.move('p1', 'ArrowDown', false));
    let discarded = false;
    act(() => void (discarded = hook.result.current.discard()));
    expect(discarded).toBe(true);
    const putBack = setNodes.mock.calls.at(-1)![0] as (ns: Node[]) => Node[];
    expect(putBack([{ ...nodes[0]!, position: { x: 100, y: 210 } }])[0]!.position).toEqual({
      x: 100,
      y: 200,
    });
    act(() => void vi.advanceTimersByTime(NUDGE_SAVE_MS * 2));
    expect(move).not.toHaveBeenCalled();
  });

  it('saves at once when focus leaves, and puts the card back when refused', async () => {
    const error = new Error('refused');
    const move = vi.fn(() => Promise.reject(error));
    const { hook, setNodes, refused } = setup(move);
    act(() => void hook.result.current.move('p1', 'ArrowLeft', false));
    await act(async () => hook.result.current.save());
    expect(move).toHaveBeenCalledWith([{ personId: 'p1', x: 90, y: 200 }]);
    expect(refused).toHaveBeenCalledWith(error);
    const putBack = setNodes.mock.calls.at(-1)![0] as (ns: Node[]) => Node[];
    expect(putBack([{ ...nodes[0]!, position: { x: 90, y: 200 } }])[0]!.position).toEqual({
      x: 100,
      y: 200,
    });
    // Nothing left to save: leaving again writes nothing.
    act(() => hook.result.current.save());
    expect(move).toHaveBeenCalledTimes(1);
  });
});
