import type { TFunction } from 'i18next';
import type { InfluenceLineKind } from '../../../../shared/enums.ts';
import type { OrgChart } from '../../../../shared/orgchart.ts';
import {
  toDrawing,
  mapLegend,
  memberCaption,
  buildMapSvg,
  type LayoutResult,
} from '../../orgmap/index.ts';

const NO_HIDDEN: ReadonlySet<InfluenceLineKind> = new Set();

/**
 * The account map in the deal's context (committee members with their roles and attitude, the
 * others dimmed) as inline SVG markup: the orgmap export's drawing and SVG builder, with the
 * legend and every line shown, no header (the pack's section has one).
 */
export function mapSvgFor(
  chart: OrgChart,
  layout: LayoutResult,
  t: TFunction,
  roleLabel: (code: string) => string,
  zh: boolean,
): string {
  const legend = mapLegend(chart, t);
  const describe = memberCaption(t, roleLabel, zh);
  const drawing = toDrawing(chart, layout, {
    title: chart.accountName,
    subtitle: chart.committee?.opportunityName ?? '',
    hiddenKinds: NO_HIDDEN,
    legend,
    describe,
  });
  return buildMapSvg(drawing, { header: false, legend: true, idPrefix: 'pack-' }).replace(
    /^<\?xml[^>]*\?>\s*/,
    '',
  );
}
