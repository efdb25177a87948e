import { useQuery } from '@tanstack/react-query';
import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { InfluenceLine, OrgChart } from '../../../../shared/orgchart.ts';
import { emptyPersonDraft, type Person } from '../../../../shared/schemas.ts';
import { renderWithProviders, type FakeServer } from '../../../test/renderWithProviders.tsx';
import { createUndoStack } from '../hooks/undoStack.ts';
import { orgchartQueries } from './orgchartQueries.ts';
import { useMapEdits, type MapEdits } from './useMapEdits.ts';

// A small store behind the fake bridge: versions are checked like the real one does.
function fakeStore() {
  const people = new Map<string, Person>();
  const lines = new Map<string, InfluenceLine>();
  let nextLine = 1;
  const stamp = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
  const add = (id: string, managerId: string | null = null) =>
    people.set(id, {
      ...emptyPersonDraft,
      ...stamp,
      id,
      name: id,
      title: 'A',
      accountId: 'acc',
      managerId,
      archived: false,
      version: 1,
    });
  const conflict = { ok: false as const, error: { code: 'conflict' as const, message: 'stale' } };
  const update = (input: Record<string, unknown>) => {
    const p = people.get(input.id as string)!;
    if (p.version !== input.version) return conflict;
    const next = { ...p, ...input, version: p.version + 1 } as Person;
    people.set(p.id, next);
    return { ok: true as const, data: next };
  };
  const server: FakeServer = {
    'orgchart.get': () => ({
      ok: true,
      data: {
        accountId: 'acc',
        accountName: 'Temp',
        people: [...people.values()].filter((p) => !p.archived),
        lines: [...lines.values()],
        positions: [],
        committee: null,
      } satisfies OrgChart,
    }),
    'people.get': (input) => ({ ok: true, data: people.get((input as { id: string }).id)! }),
    'people.update': (input) => update(input as Record<string, unknown>),
    'orgchart.removePerson': (input) => {
      const { id, version } = input as { id: string; version: number };
      const p = people.get(id)!;
      if (p.version !== version) return conflict;
      const reassigned = [];
      for (const r of people.values()) {
        if (r.managerId === id) {
          people.set(r.id, { ...r, managerId: p.managerId, version: r.version + 1 });
          reassigned.push({ personId: r.id, field: 'managerId', from: id, to: p.managerId });
        }
      }
      const archived = { ...p, archived: true, version: p.version + 1 };
      people.set(id, archived);
      return { ok: true, data: { person: archived, reassigned } };
    },
    'influences.create': (input) => {
      const line = {
        ...(input as Omit<InfluenceLine, 'id'>),
        id: `L${nextLine++}`,
        accountId: 'acc',
        version: 1,
        ...stamp,
      } as InfluenceLine;
      lines.set(line.id, line);
      return { ok: true, data: line };
    },
    'influences.delete': (input) => {
      const id = (input as { id: string }).id;
      const line = lines.get(id);
      if (!line) return { ok: false, error: { code: 'not_found', message: id } };
      lines.delete(id);
      return { ok: true, data: line };
    },
  };
  return { people, lines, add, server };
}

function setup(store: ReturnType<typeof fakeStore>) {
  const stack = createUndoStack();
  const handle: { edits?: MapEdits; refetch?: () => Promise<unknown> } = {};
  function Probe() {
    const chart = useQuery(orgchartQueries.chart('acc'));
    handle.edits = useMapEdits('acc', stack.push);
    handle.refetch = chart.refetch;
    return <div>{chart.data ? 'loaded' : 'loading'}</div>;
  }
  const view = renderWithProviders(<Probe />, store.server);
  return { stack, handle, ...view };
}

describe('useMapEdits', () => {
  afterEach(() => cleanup());

  it('undoes an edit with the version the store has now, not the one it saw', async () => {
    const store = fakeStore();
    store.add('p1');
    const { stack, handle, calls, findByText } = setup(store);
    await findByText('loaded');
    await handle.edits!.editPerson(store.people.get('p1')!, { title: 'B' });
    expect(store.people.get('p1')).toMatchObject({ title: 'B', version: 2 });

    // Someone else edits the same person; the map's data catch up.
    store.people.set('p1', { ...store.people.get('p1')!, name: 'Renamed', version: 3 });
    await handle.refetch!();

    await stack.undo();
    const last = calls.filter((c) => c.channel === 'people.update').at(-1);
    expect(last?.input).toEqual({ id: 'p1', version: 3, title: 'A' });
    expect(store.people.get('p1')).toMatchObject({ title: 'A', name: 'Renamed', version: 4 });
    await stack.redo();
    expect(store.people.get('p1')).toMatchObject({ title: 'B', version: 5 });
  });

  it('undoes a deletion: the person comes back and their reports move back under them', async () => {
    const store = fakeStore();
    store.add('boss');
    store.add('p2', 'boss');
    store.add('p3', 'p2');
    const { stack, handle, findByText } = setup(store);
    await findByText('loaded');
    const result = await handle.edits!.removePerson(store.people.get('p2')!);
    expect(result.reassigned).toHaveLength(1);
    expect(store.people.get('p3')?.managerId).toBe('boss');

    await stack.undo();
    expect(store.people.get('p2')?.archived).toBe(false);
    expect(store.people.get('p3')?.managerId).toBe('p2');

    await stack.redo();
    expect(store.people.get('p2')?.archived).toBe(true);
    expect(store.people.get('p3')?.managerId).toBe('boss');
    await waitFor(() => expect(stack.getState().canUndo).toBe(true));
  });

  it('follows a line that undo and redo draw again under a new id', async () => {
    const store = fakeStore();
    store.add('a');
    store.add('b');
    const { stack, handle, findByText } = setup(store);
    await findByText('loaded');
    const line = await handle.edits!.createLine({
      fromPersonId: 'a',
      toPersonId: 'b',
      kind: 'personal',
    });
    await handle.edits!.deleteLine(line);
    expect(store.lines.size).toBe(0);
    await stack.undo(); // the deletion: drawn again as L2
    expect([...store.lines.keys()]).toEqual(['L2']);
    await stack.undo(); // the creation: deletes L2, not the long-gone L1
    expect(store.lines.size).toBe(0);
    await stack.redo();
    await stack.redo();
    expect(store.lines.size).toBe(0);
    await stack.undo();
    expect(store.lines.size).toBe(1);
  });
});
