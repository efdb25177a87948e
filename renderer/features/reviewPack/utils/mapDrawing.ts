import type { TFunction } from 'i18next';
import {
  ATTITUDES,
  INFLUENCE_LINE_KINDS,
  type InfluenceLineKind,
} from '../../../../shared/enums.ts';
import type { MapCommitteeMember, OrgChart } from '../../../../shared/orgchart.ts';
import type { LineStyleKey } from '../../orgmap/drawing/geometry.ts';
import { toDrawing } from '../../orgmap/drawing/toDrawing.ts';
import { buildMapSvg } from '../../orgmap/export/mapSvg.ts';
import type { LayoutResult, LegendEntry } from '../../orgmap/model.ts';

const LINE_ORDER: readonly LineStyleKey[] = ['reporting', 'dotted', ...INFLUENCE_LINE_KINDS];
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
  const legend: LegendEntry[] = [
    ...(chart.committee
      ? [
          ...ATTITUDES.map((a): LegendEntry => ({
            type: 'attitude',
            attitude: a,
            label: t(`committee.enums.attitude.${a}`),
          })),
          {
            type: 'attitude' as const,
            attitude: 'none' as const,
            label: t('orgmap.legend.noMember'),
          },
        ]
      : []),
    ...LINE_ORDER.map((k): LegendEntry => ({
      type: 'line',
      style: k,
      label: t(`orgmap.lineKinds.${k}`),
    })),
  ];
  const describe = (member: MapCommitteeMember) =>
    [
      member.roles.map(roleLabel).join(t('orgmap.card.roleSeparator')),
      [
        t(`committee.enums.attitude.${member.attitude}`),
        t('orgmap.card.contact', { contact: t(`committee.enums.contact.${member.contact}`) }),
        member.influence
          ? t('orgmap.card.influence', {
              influence: t(`committee.enums.influence.${member.influence}`),
            })
          : '',
      ]
        .filter(Boolean)
        .join(zh ? '，' : ' · '),
    ].filter(Boolean);
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
