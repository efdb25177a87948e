import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DraftStoreContext, useCrashDraft, type DraftStore } from './crashDraft.ts';

function fakeStore(initial: Record<string, string> = {}) {
  const drafts = new Map(Object.entries(initial));
  const store: DraftStore = {
    get: vi.fn(async (key: string) => {
      const value = drafts.get(key);
      return value === undefined ? null : { value, savedAt: '2026-03-02T09:30:00.000Z' };
    }),
    save: vi.fn(async (key: string, value: string) => {
      drafts.set(key, value);
    }),
    discard: vi.fn(async (key: string) => {
      drafts.delete(key);
    }),
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DraftStoreContext.Provider value={store}>{children}</DraftStoreContext.Provider>
  );
  return { drafts, store, wrapper };
}

type Props = { values: { notes: string }; dirty: boolean };

describe('crash drafts', () => {
  it('writes the values a moment after typing, and forgets them when the form is saved', async () => {
    const { drafts, store, wrapper } = fakeStore();
    const apply = vi.fn();
    const { rerender, result } = renderHook(
      ({ values, dirty }: Props) => useCrashDraft({ key: 'account:new', values, dirty, apply }),
      { wrapper, initialProps: { values: { notes: '' }, dirty: false } },
    );
    await waitFor(() => expect(store.get).toHaveBeenCalledWith('account:new'));
    rerender({ values: { notes: 'Met' }, dirty: true });
    rerender({ values: { notes: 'Met the director' }, dirty: true });
    await waitFor(() => expect(drafts.get('account:new')).toBe('{"notes":"Met the director"}'));
    // One write for the pause, not one per keystroke.
    expect(store.save).toHaveBeenCalledTimes(1);

    act(() => result.current.clear());
    await waitFor(() => expect(drafts.has('account:new')).toBe(false));
  });

  it('offers a stored draft back: restore puts its values in the form, discard forgets it', async () => {
    const stored = { 'negotiation:neg_1': '{"notes":"Walk-away CNY 1.75M"}' };
    const { store, wrapper } = fakeStore(stored);
    const apply = vi.fn();
    const { result } = renderHook(
      () => useCrashDraft({ key: 'negotiation:neg_1', values: { notes: '' }, dirty: false, apply }),
      { wrapper },
    );
    await waitFor(() =>
      expect(result.current.offer).toEqual({ savedAt: '2026-03-02T09:30:00.000Z' }),
    );
    // While the offer waits for an answer, the clean form does not overwrite or drop the draft.
    expect(store.discard).not.toHaveBeenCalled();
    act(() => result.current.restore());
    expect(apply).toHaveBeenCalledWith({ notes: 'Walk-away CNY 1.75M' });
    expect(result.current.offer).toBeNull();

    const second = fakeStore(stored);
    const other = renderHook(
      () => useCrashDraft({ key: 'negotiation:neg_1', values: { notes: '' }, dirty: false, apply }),
      { wrapper: second.wrapper },
    );
    await waitFor(() => expect(other.result.current.offer).not.toBeNull());
    act(() => other.result.current.clear());
    expect(other.result.current.offer).toBeNull();
    await waitFor(() => expect(second.drafts.has('negotiation:neg_1')).toBe(false));
  });

  it('a draft equal to the form is not offered; a form without a store or key keeps none', async () => {
    const { store, wrapper } = fakeStore({ 'account:acc_1': '{"notes":"same"}' });
    const { result } = renderHook(
      () =>
        useCrashDraft({
          key: 'account:acc_1',
          values: { notes: 'same' },
          dirty: false,
          apply: vi.fn(),
        }),
      { wrapper },
    );
    await waitFor(() => expect(store.get).toHaveBeenCalled());
    expect(result.current.offer).toBeNull();

    const none = renderHook(() =>
      useCrashDraft({ key: 'account:acc_1', values: { notes: 'x' }, dirty: true, apply: vi.fn() }),
    );
    expect(none.result.current.offer).toBeNull();
    const keyless = fakeStore();
    renderHook(
      () => useCrashDraft({ key: null, values: { notes: 'x' }, dirty: true, apply: vi.fn() }),
      { wrapper: keyless.wrapper },
    );
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(keyless.store.get).not.toHaveBeenCalled();
    expect(keyless.store.save).not.toHaveBeenCalled();
  });

  it('a form left through the app (unmounted) forgets its draft', async () => {
    const { drafts, wrapper } = fakeStore();
    const { rerender, unmount } = renderHook(
      ({ values, dirty }: Props) =>
        useCrashDraft({ key: 'activity:new:opp_1', values, dirty, apply: vi.fn() }),
      { wrapper, initialProps: { values: { notes: '' }, dirty: false } },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    rerender({ values: { notes: 'Visit notes' }, dirty: true });
    await waitFor(() => expect(drafts.has('activity:new:opp_1')).toBe(true));
    unmount();
    await waitFor(() => expect(drafts.has('activity:new:opp_1')).toBe(false));
  });
});
