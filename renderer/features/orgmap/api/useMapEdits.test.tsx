import { useQuery } from '@tanstack/react-query';
import { cleanup, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StepRef } from '../../../../shared/history.ts';
import { onUndoableWrite, takeUndoRequests } from '../../../data/undoSteps.ts';
import type { InfluenceLine, OrgChart } from '../../../../shared/orgchart.ts';
import { emptyPersonDraft, type Person } from '../../../../shared/schemas.ts';
import { renderWithProviders, type FakeServer } from '../../../test/renderWithProviders.tsx';
import { useHistoryUndo } from '../hooks/useHistoryUndo.ts';
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
  const handle: { edits?: MapEdits } = {};
  function Probe() {
    const chart = useQuery(orgchartQueries.chart('acc'));
    const edits = useMapEdits('acc');
    useEffect(() => {
      handle.edits = edits;
    }, [edits]);
    return <div>{chart.data ? 'loaded' : 'loading'}</div>;
  }
  // Every write makes one undo step, as the router answers.
  let nextStep = 1;
  const server = Object.fromEntries(
    Object.entries(store.server).map(([channel, handler]) => [
      channel,
      (input: unknown) => {
        const result = handler(input);
        if (!result.ok || channel.endsWith('.get')) return result;
        const step: StepRef = { id: nextStep++, action: 'update', entity: 'person' };
        return { ...result, step };
      },
    ]),
  );
  server['orgchart.savePositions'] = () => ({
    ok: true,
    data: [],
    step: { id: nextStep++, action: 'move', entity: 'map_position' },
  });
  const view = renderWithProviders(<Probe />, server);
  const announced: StepRef[][] = [];
  const stop = onUndoableWrite((steps) => announced.push(steps));
  return { handle, announced, stop, ...view };
}

describe('useMapEdits', () => {
  afterEach(() => cleanup());

  it('makes each edit one write, so one step of the app’s undo, with its toast', async () => {
    const store = fakeStore();
    store.add('boss');
    store.add('p2', 'boss');
    store.add('p3', 'p2');
    const { handle, calls, announced, stop, findByText } = setup(store);
    await findByText('loaded');
    const writes = () => calls.filter((c) => !c.channel.endsWith('.get'));

    const result = await handle.edits!.removePerson(store.people.get('p2')!);
    // The removal, the report moved up and all: one request, one step.
    expect(result.reassigned).toHaveLength(1);
    expect(writes().map((c) => c.channel)).toEqual(['orgchart.removePerson']);
    expect(announced).toEqual([[{ id: 1, action: 'update', entity: 'person' }]]);

    const line = await handle.edits!.createLine({
      fromPersonId: 'boss',
      toPersonId: 'p3',
      kind: 'personal',
    });
    await handle.edits!.deleteLine(line);
    expect(writes().map((c) => c.channel)).toEqual([
      'orgchart.removePerson',
      'influences.create',
      'influences.delete',
    ]);
    expect(announced).toHaveLength(3);
    stop();
  });

  it('moves cards as one undoable write of all of them, without a toast', async () => {
    const store = fakeStore();
    store.add('a');
    store.add('b');
    const { handle, calls, announced, stop, findByText } = setup(store);
    await findByText('loaded');
    const positions = [
      { personId: 'a', x: 10, y: 20 },
      { personId: 'b', x: 30, y: 40 },
    ];
    await handle.edits!.move(positions);
    expect(calls.filter((c) => c.channel === 'orgchart.savePositions')).toEqual([
      { channel: 'orgchart.savePositions', input: { accountId: 'acc', positions } },
    ]);
    expect(announced).toEqual([]);
    stop();
  });

  it('edits with the newest version the store answered, before the map catches up', async () => {
    const store = fakeStore();
    store.add('p1');
    const { handle, calls, stop, findByText } = setup(store);
    await findByText('loaded');
    await handle.edits!.editPerson(store.people.get('p1')!, { title: 'B' });
    await handle.edits!.editPerson(store.people.get('p1')!, { title: 'C' });
    expect(calls.filter((c) => c.channel === 'people.update').map((c) => c.input)).toEqual([
      { id: 'p1', version: 1, title: 'B' },
      { id: 'p1', version: 2, title: 'C' },
    ]);
    expect(store.people.get('p1')).toMatchObject({ title: 'C', version: 3 });
    stop();
  });
});

describe('the toolbar’s undo (useHistoryUndo)', () => {
  afterEach(() => cleanup());

  it('follows the app’s history, names the step and asks the app’s undo to run', async () => {
    const state = {
      undo: { id: 7, action: 'move', entity: 'map_position', name: 'Wang Jianguo', records: 2 },
      redo: { id: 8, action: 'delete', entity: 'influence_line', name: null, records: 1 },
    };
    const endEdit = vi.fn();
    const run = vi.fn(async () => {});
    const release = takeUndoRequests(run);
    const probe = renderWithProviders(<Buttons endEdit={endEdit} />, {
      'history.undoState': () => ({ ok: true, data: state }),
    });
    await probe.findByText('Undo: Card position “Wang Jianguo” moved');
    probe.getByText('Redo: Influence line deleted');
    probe.getByRole('button', { name: 'undo' }).click();
    expect(endEdit).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith('undo');
    release();
  });

  it('is disabled with nothing to undo or redo', async () => {
    const probe = renderWithProviders(<Buttons endEdit={() => {}} />, {
      'history.undoState': () => ({ ok: true, data: { undo: null, redo: null } }),
    });
    await waitFor(() => expect(probe.calls.map((c) => c.channel)).toContain('history.undoState'));
    expect((probe.getByRole('button', { name: 'undo' }) as HTMLButtonElement).disabled).toBe(true);
    expect((probe.getByRole('button', { name: 'redo' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

function Buttons({ endEdit }: { endEdit: () => void }) {
  const { state, undo, redo } = useHistoryUndo(endEdit);
  return (
    <div>
      <p>Undo: {state.undoLabel}</p>
      <p>Redo: {state.redoLabel}</p>
      <button type="button" aria-label="undo" disabled={!state.canUndo} onClick={undo} />
      <button type="button" aria-label="redo" disabled={!state.canRedo} onClick={redo} />
    </div>
  );
}
