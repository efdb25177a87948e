import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrgChart } from '../../../../shared/orgchart.ts';
import { testLine, testPerson } from '../drawing/testChart.ts';
import { useLayout } from '../hooks/useLayout.ts';
import type { LayoutResult } from '../model.ts';
import { computeLayout } from './computeLayout.ts';
import { cachedLayout, clearLayoutCache, layoutKey, rememberLayout } from './layoutCache.ts';
import { layoutInputOf } from './layoutInput.ts';

vi.mock('./computeLayout.ts', () => ({
  computeLayout: vi.fn((input: { people: { id: string }[] }): Promise<LayoutResult> =>
    Promise.resolve({
      cards: input.people.map((p, i) => ({
        personId: p.id,
        x: i * 300,
        y: 0,
        width: 220,
        height: 100,
        attach: 'top',
        manual: false,
      })),
      groups: [],
      bounds: { x: 0, y: 0, width: input.people.length * 300, height: 100 },
    }),
  ),
}));

const chart = (fields: Partial<Pick<OrgChart, 'people' | 'positions' | 'lines'>> = {}) =>
  ({
    people: [testPerson('a'), testPerson('b', { managerId: 'a', department: 'Sales' })],
    positions: [],
    lines: [],
    ...fields,
  }) as unknown as OrgChart;

const keyOf = (c: OrgChart) => layoutKey(layoutInputOf(c));

afterEach(() => {
  clearLayoutCache();
  vi.mocked(computeLayout).mockClear();
});

describe('layout cache', () => {
  it('is keyed by the map version: people, reporting lines and positions make a new key', () => {
    const base = keyOf(chart());
    expect(keyOf(chart())).toBe(base);
    const changed = [
      chart({ people: [testPerson('a'), testPerson('b')] }), // b no longer reports to a
      chart({ people: [testPerson('a'), testPerson('b', { managerId: 'a', department: 'HR' })] }),
      chart({ people: [testPerson('a'), testPerson('b', { managerId: 'a' }), testPerson('c')] }),
      chart({ positions: [{ personId: 'b', x: 10, y: 20 }] } as Partial<OrgChart>),
      chart({ positions: [{ personId: 'b', x: 10, y: 21 }] } as Partial<OrgChart>),
    ].map(keyOf);
    expect(new Set([base, ...changed]).size).toBe(changed.length + 1);
    // What the layout does not look at keeps the version: a new name, an influence line.
    expect(
      keyOf(
        chart({
          people: [
            testPerson('a', { name: 'Ann' }),
            testPerson('b', { managerId: 'a', department: 'Sales' }),
          ],
        }),
      ),
    ).toBe(base);
    expect(keyOf(chart({ lines: [testLine('l1', 'a', 'b')] }))).toBe(base);
  });

  it('answers a layout only for the version it was computed for, and keeps the latest few', () => {
    const layout: LayoutResult = {
      cards: [],
      groups: [],
      bounds: { x: 0, y: 0, width: 0, height: 0 },
    };
    rememberLayout('v1', layout);
    expect(cachedLayout('v1')).toBe(layout);
    expect(cachedLayout('v2')).toBeNull();
    for (let i = 2; i <= 40; i++) rememberLayout(`v${i}`, layout);
    expect(cachedLayout('v1')).toBeNull();
    expect(cachedLayout('v40')).toBe(layout);
  });

  it('lets a map opened again skip the layout, and lays out a changed map anew', async () => {
    const first = renderHook(({ c }) => useLayout(c), { initialProps: { c: chart() } });
    await waitFor(() => expect(first.result.current.layout).not.toBeNull());
    const laidOut = first.result.current.layout;
    expect(computeLayout).toHaveBeenCalledTimes(1);
    first.unmount();

    const again = renderHook(({ c }) => useLayout(c), { initialProps: { c: chart() } });
    await waitFor(() => expect(again.result.current.layout).toBe(laidOut));
    expect(computeLayout).toHaveBeenCalledTimes(1);

    again.rerender({
      c: chart({ positions: [{ personId: 'b', x: 5, y: 5 }] } as Partial<OrgChart>),
    });
    await waitFor(() => expect(computeLayout).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(again.result.current.layout).not.toBe(laidOut));
  });
});
