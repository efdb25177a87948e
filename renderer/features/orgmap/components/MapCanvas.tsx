import { Alert, Text, useComputedColorScheme } from '@mantine/core';
import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  type EdgeTypes,
  type FitViewOptions,
  type NodeTypes,
  type ReactFlowProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslation } from 'react-i18next';
import type { LineStyleKey } from '../drawing/geometry.ts';
import { ATTITUDE_COLOURS } from '../drawing/geometry.ts';
import { MapCard } from './MapCard.tsx';
import { InfluenceLineEdge, ReportingLine } from './MapEdges.tsx';
import { MapGroupNode } from './MapGroupNode.tsx';
import { MapLegend } from './MapLegend.tsx';
import type { CardNode, MapEdge, MapNode } from './mapTypes.ts';

const nodeTypes: NodeTypes = { card: MapCard, mapGroup: MapGroupNode };
const edgeTypes: EdgeTypes = { reporting: ReportingLine, influence: InfluenceLineEdge };
/** The minimap, small enough to leave the chart most of the view. */
const MINIMAP_SIZE = { width: 160, height: 110 };

type Props = Pick<
  ReactFlowProps<MapNode, MapEdge>,
  | 'nodes'
  | 'edges'
  | 'onNodesChange'
  | 'onNodeDragStart'
  | 'onNodeDragStop'
  | 'onConnect'
  | 'onEdgeClick'
  | 'onNodeDoubleClick'
  | 'onNodeClick'
  | 'onPaneClick'
  | 'onMoveStart'
  | 'onMoveEnd'
> & {
  controlsFit: FitViewOptions<MapNode>;
  dealSelected: boolean;
  hidden: ReadonlySet<LineStyleKey>;
  /** The name of the person a line is being drawn from, while one is. */
  linkingFrom: string | null;
  onCancelLink: () => void;
  empty: boolean;
};

/**
 * The chart in React Flow with its overlays: background, zoom controls, minimap, legend, the hint
 * while a line is being drawn and the note of an empty map.
 */
export function MapCanvas({
  controlsFit,
  dealSelected,
  hidden,
  linkingFrom,
  onCancelLink,
  empty,
  ...flowProps
}: Props) {
  const { t } = useTranslation();
  // React Flow's own dark styles for its background, controls and minimap.
  const colorMode = useComputedColorScheme('light');
  return (
    <ReactFlow<MapNode, MapEdge>
      {...flowProps}
      colorMode={colorMode}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      isValidConnection={(c) => c.source !== c.target}
      onlyRenderVisibleElements
      minZoom={0.05}
      maxZoom={2}
      deleteKeyCode={null}
      zoomOnDoubleClick={false}
      connectionRadius={40}
      proOptions={{ hideAttribution: true }}
      ariaLabelConfig={{
        'controls.ariaLabel': t('orgmap.a11y.controls'),
        'controls.zoomIn.ariaLabel': t('orgmap.a11y.zoomIn'),
        'controls.zoomOut.ariaLabel': t('orgmap.a11y.zoomOut'),
        'controls.fitView.ariaLabel': t('orgmap.a11y.fitView'),
        'controls.interactive.ariaLabel': t('orgmap.a11y.interactive'),
        'minimap.ariaLabel': t('orgmap.a11y.minimap'),
        'node.a11yDescription.default': t('orgmap.a11y.nodeHint'),
        'node.a11yDescription.keyboardDisabled': t('orgmap.a11y.nodeHint'),
        'edge.a11yDescription.default': t('orgmap.a11y.edgeHint'),
      }}
    >
      <Background gap={24} size={1} />
      <Controls position="top-left" showInteractive={false} fitViewOptions={controlsFit} />
      <MiniMap
        style={MINIMAP_SIZE}
        pannable
        zoomable
        nodeColor={(n) => (n.type === 'card' ? minimapColour(n as CardNode) : 'transparent')}
        nodeStrokeColor={(n) => (n.type === 'card' ? 'transparent' : '#ced4da')}
      />
      <Panel position="bottom-left" data-map-overlay>
        <MapLegend dealSelected={dealSelected} hidden={hidden} />
      </Panel>
      {linkingFrom !== null && (
        <Panel position="top-center">
          <Alert
            color="blue"
            py={6}
            role="status"
            withCloseButton
            closeButtonLabel={t('common.cancel')}
            onClose={onCancelLink}
          >
            {t('orgmap.line.pickTarget', { name: linkingFrom })}
          </Alert>
        </Panel>
      )}
      {empty && (
        <Panel position="top-center">
          <Text size="sm" c="dimmed">
            {t('orgmap.empty')}
          </Text>
        </Panel>
      )}
    </ReactFlow>
  );
}

function minimapColour(n: CardNode): string {
  const { member, dimmed, person } = n.data;
  if (member) return ATTITUDE_COLOURS[member.attitude];
  if (dimmed) return '#dee2e6';
  return person.external ? '#b197fc' : '#adb5bd';
}
