import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type { CardData, MapNode } from '../components/mapTypes.ts';
import type { LayoutResult } from '../model.ts';
import { mapNodes, type CardInputs } from './mapNodes.ts';

/**
 * The nodes React Flow shows. They follow the data, keeping the selection; dragging and
 * selecting change them locally (`setNodes`). Removals are the map's to make, never the flow's.
 */
export function useMapNodes(inputs: Omit<CardInputs, 'layout'> & { layout: LayoutResult | null }) {
  const { layout, peopleById, members, roleLabel, dealSelected, editingId } = inputs;
  const [cache] = useState(() => new Map<string, CardData>());
  const baseNodes = useMemo(
    (): MapNode[] =>
      layout
        ? mapNodes({ layout, peopleById, members, roleLabel, dealSelected, editingId }, cache)
        : [],
    [layout, peopleById, members, roleLabel, dealSelected, editingId, cache],
  );

  const [nodes, setNodes] = useState<MapNode[]>([]);
  const [nodesFrom, setNodesFrom] = useState<MapNode[] | null>(null);
  if (nodesFrom !== baseNodes) {
    setNodesFrom(baseNodes);
    const selected = new Set(nodes.filter((n) => n.selected).map((n) => n.id));
    setNodes(
      selected.size === 0
        ? baseNodes
        : baseNodes.map((n) => (selected.has(n.id) ? { ...n, selected: true } : n)),
    );
  }

  const onNodesChange = useCallback((changes: NodeChange<MapNode>[]) => {
    setNodes((ns) =>
      applyNodeChanges(
        changes.filter((c) => c.type !== 'remove'),
        ns,
      ),
    );
  }, []);

  return { nodes, setNodes, onNodesChange };
}

export type SetNodes = ReturnType<typeof useMapNodes>['setNodes'];
