import { describe, expect, it, vi } from 'vitest';
import { createUndoStack, type UndoCommand } from './undoStack.ts';

function recorder() {
  const log: string[] = [];
  const command = (name: string): UndoCommand => ({
    label: name,
    undo: async () => {
      log.push(`undo ${name}`);
    },
    redo: async () => {
      log.push(`redo ${name}`);
    },
  });
  return { log, command };
}

describe('undo stack', () => {
  it('undoes in reverse order and redoes in order', async () => {
    const stack = createUndoStack();
    const { log, command } = recorder();
    stack.push(command('a'));
    stack.push(command('b'));
    expect(stack.getState()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'b' });
    await stack.undo();
    await stack.undo();
    expect(await stack.undo()).toBe('empty');
    expect(stack.getState()).toMatchObject({ canUndo: false, canRedo: true, redoLabel: 'a' });
    await stack.redo();
    await stack.redo();
    expect(await stack.redo()).toBe('empty');
    expect(log).toEqual(['undo b', 'undo a', 'redo a', 'redo b']);
  });

  it('a new edit clears what could be redone', async () => {
    const stack = createUndoStack();
    const { command } = recorder();
    stack.push(command('a'));
    await stack.undo();
    expect(stack.getState().canRedo).toBe(true);
    stack.push(command('b'));
    expect(stack.getState()).toMatchObject({ canRedo: false, undoLabel: 'b' });
  });

  it('runs quick successive undos one after another, never interleaved', async () => {
    const stack = createUndoStack();
    const log: string[] = [];
    const slow = (name: string, ms: number): UndoCommand => ({
      label: name,
      undo: async () => {
        log.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`end ${name}`);
      },
      redo: async () => undefined,
    });
    stack.push(slow('a', 1));
    stack.push(slow('b', 20));
    const both = Promise.all([stack.undo(), stack.undo()]);
    expect(stack.getState().busy).toBe(true);
    await both;
    expect(log).toEqual(['start b', 'end b', 'start a', 'end a']);
    expect(stack.getState().busy).toBe(false);
  });

  it('keeps a command whose undo failed, so it can be tried again', async () => {
    const stack = createUndoStack();
    let fail = true;
    stack.push({
      label: 'x',
      undo: async () => {
        if (fail) throw new Error('refused');
      },
      redo: async () => undefined,
    });
    await expect(stack.undo()).rejects.toThrow('refused');
    expect(stack.getState()).toMatchObject({ canUndo: true, canRedo: false });
    fail = false;
    await stack.undo();
    expect(stack.getState()).toMatchObject({ canUndo: false, canRedo: true });
  });

  it('forgets the oldest edits beyond its limit and tells subscribers of changes', async () => {
    const stack = createUndoStack(2);
    const listener = vi.fn();
    const unsubscribe = stack.subscribe(listener);
    const { log, command } = recorder();
    stack.push(command('a'));
    stack.push(command('b'));
    stack.push(command('c'));
    expect(listener).toHaveBeenCalledTimes(3);
    await stack.undo();
    await stack.undo();
    expect(await stack.undo()).toBe('empty');
    expect(log).toEqual(['undo c', 'undo b']);
    unsubscribe();
    stack.clear();
    expect(listener).toHaveBeenCalledTimes(3 + 6);
    expect(stack.getState().canRedo).toBe(false);
  });
});
