import type { TFunction } from 'i18next';
import type { OrgChart } from '../../../../shared/orgchart.ts';
import type { Person } from '../../../../shared/schemas.ts';
import type { MapEdge } from '../components/mapTypes.ts';
import { influenceOffsets, type LineStyleKey } from '../drawing/geometry.ts';

/**
 * The map's lines between cards on it: reporting and dotted lines of internal people, then the
 * influence lines (side by side where several join the same two people), leaving out the styles
 * switched off.
 */
export function mapEdges(
  chart: OrgChart,
  cardIds: ReadonlySet<string>,
  peopleById: ReadonlyMap<string, Person>,
  hidden: ReadonlySet<LineStyleKey>,
  t: TFunction,
): MapEdge[] {
  const out: MapEdge[] = [];
  const onMap = (id: string | null): id is string => id !== null && cardIds.has(id);
  for (const p of chart.people) {
    if (!cardIds.has(p.id) || p.external) continue;
    const manager = p.managerId ? peopleById.get(p.managerId) : undefined;
    if (!hidden.has('reporting') && onMap(p.managerId) && manager && !manager.external) {
      out.push({
        id: `r:${p.id}`,
        type: 'reporting',
        source: p.managerId,
        target: p.id,
        sourceHandle: 'out',
        targetHandle: 'in',
        data: { dotted: false },
        selectable: false,
        focusable: false,
        ariaLabel: t('orgmap.line.reporting', { from: p.name, to: manager.name }),
      });
    }
    const second = p.secondManagerId ? peopleById.get(p.secondManagerId) : undefined;
    if (
      !hidden.has('dotted') &&
      onMap(p.secondManagerId) &&
      second &&
      second.id !== p.managerId &&
      second.id !== p.id
    ) {
      out.push({
        id: `d:${p.id}`,
        type: 'reporting',
        source: p.secondManagerId,
        target: p.id,
        sourceHandle: 'out',
        targetHandle: 'in',
        data: { dotted: true },
        selectable: false,
        focusable: false,
        ariaLabel: t('orgmap.line.dotted', { from: p.name, to: second.name }),
      });
    }
  }
  const offsets = influenceOffsets(chart.lines);
  chart.lines.forEach((line, i) => {
    if (hidden.has(line.kind) || !onMap(line.fromPersonId) || !onMap(line.toPersonId)) return;
    const from = peopleById.get(line.fromPersonId)?.name ?? '';
    const to = peopleById.get(line.toPersonId)?.name ?? '';
    out.push({
      id: `i:${line.id}`,
      type: 'influence',
      source: line.fromPersonId,
      target: line.toPersonId,
      sourceHandle: 'out',
      targetHandle: 'in',
      data: { line, offset: offsets[i] ?? 0 },
      zIndex: 1,
      // Clicking or pressing Enter opens the line's dialog.
      ariaRole: 'button',
      ariaLabel: t(
        line.direction === 'mutual' ? 'orgmap.line.ariaLabelMutual' : 'orgmap.line.ariaLabel',
        { kind: t(`orgmap.lineKinds.${line.kind}`), from, to },
      ),
    });
  });
  return out;
}
