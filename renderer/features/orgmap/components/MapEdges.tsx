import {
  BaseEdge,
  useInternalNode,
  useStore,
  type EdgeProps,
  type InternalNode,
  type Node,
} from '@xyflow/react';
import { memo } from 'react';
import { INFLUENCE_LINE_KINDS } from '../../../../shared/enums.ts';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  influencePath,
  influenceWidth,
  LINE_STYLES,
  reportingPath,
} from '../drawing/geometry.ts';
import type { Attach, Rect } from '../model.ts';
import type { CardNode, InfluenceEdge, ReportingEdge } from './mapTypes.ts';
import { cachedDottedPath, cardRectsOf, type CardRects } from '../drawing/routeCache.ts';

function rectOf(node: InternalNode | undefined): (Rect & { attach?: Attach }) | null {
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const attach = node.type === 'card' ? (node as InternalNode<CardNode>).data.attach : undefined;
  return {
    x,
    y,
    width: node.measured.width ?? CARD_WIDTH,
    height: node.measured.height ?? CARD_HEIGHT,
    attach,
  };
}

/** The cards' boxes of a node list, made once per list and shared by every dotted line. */
const cardsByNodes = new WeakMap<readonly Node[], CardRects>();
function cardsOf(nodes: readonly Node[]): CardRects {
  let cards = cardsByNodes.get(nodes);
  if (!cards) {
    cards = cardRectsOf(
      nodes
        .filter((n) => n.type === 'card')
        .map((n) => ({
          x: n.position.x,
          y: n.position.y,
          width: n.width ?? CARD_WIDTH,
          height: n.height ?? CARD_HEIGHT,
        })),
    );
    cardsByNodes.set(nodes, cards);
  }
  return cards;
}

/** Solid reporting line (manager → report), or the dotted one of a second manager. */
export const ReportingLine = memo(function ReportingLine({
  source,
  target,
  data,
}: EdgeProps<ReportingEdge>) {
  const manager = rectOf(useInternalNode(source));
  const report = rectOf(useInternalNode(target));
  const dotted = data?.dotted ?? false;
  // A dotted line routes around every card; only it follows the other cards' moves.
  const nodes = useStore((s) => (dotted ? s.nodes : null));
  if (!manager || !report) return null;
  const style = LINE_STYLES[dotted ? 'dotted' : 'reporting'];
  // A stacked report moved by hand gets a plain connector into its top.
  const path = dotted
    ? cachedDottedPath(manager, report, cardsOf(nodes ?? []))
    : reportingPath(manager, { ...report, attach: report.attach ?? 'top' });
  return (
    <BaseEdge
      path={path}
      interactionWidth={0}
      // The arrow points at the second manager, where the dotted line starts.
      markerStart={dotted ? `url(#${markerId('dotted')})` : undefined}
      style={{
        stroke: style.stroke,
        strokeWidth: style.width,
        strokeDasharray: style.dash || undefined,
        fill: 'none',
      }}
    />
  );
});

/** An influence line: curved, coloured and dashed by kind, width by strength, arrow by direction. */
export const InfluenceLineEdge = memo(function InfluenceLineEdge({
  source,
  target,
  data,
  selected,
}: EdgeProps<InfluenceEdge>) {
  const from = rectOf(useInternalNode(source));
  const to = rectOf(useInternalNode(target));
  if (!from || !to || !data) return null;
  const { line, offset } = data;
  const style = LINE_STYLES[line.kind];
  const width = influenceWidth(line.kind, line.strength);
  return (
    <BaseEdge
      path={influencePath(from, to, offset)}
      interactionWidth={16}
      markerEnd={`url(#${markerId(line.kind)})`}
      markerStart={line.direction === 'mutual' ? `url(#${markerId(line.kind)})` : undefined}
      style={{
        stroke: style.stroke,
        strokeWidth: selected ? width + 1.5 : width,
        strokeDasharray: style.dash || undefined,
        fill: 'none',
      }}
    />
  );
});

export const markerId = (kind: string) => `orgmap-arrow-${kind}`;

/** Arrowheads in each kind's colour; `auto-start-reverse` turns the start one round. */
export function InfluenceMarkers() {
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden>
      <defs>
        {[...INFLUENCE_LINE_KINDS, 'dotted' as const].map((kind) => (
          <marker
            key={kind}
            id={markerId(kind)}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            markerUnits="strokeWidth"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill={LINE_STYLES[kind].stroke} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
