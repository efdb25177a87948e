import type { TFunction } from 'i18next';
import { ATTITUDES, INFLUENCE_LINE_KINDS } from '../../../../shared/enums.ts';
import type { MapCommitteeMember, OrgChart } from '../../../../shared/orgchart.ts';
import type { LineStyleKey } from '../drawing/geometry.ts';
import type { LegendEntry } from '../model.ts';

const LINE_ORDER: readonly LineStyleKey[] = ['reporting', 'dotted', ...INFLUENCE_LINE_KINDS];

/**
 * The legend of an exported map: attitude colours when a deal's committee is shown, then every
 * line style that is not hidden — the same for the map's own export and the deal-review pack.
 */
export function mapLegend(
  chart: OrgChart,
  t: TFunction,
  hidden: ReadonlySet<LineStyleKey> = new Set(),
): LegendEntry[] {
  return [
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
    ...LINE_ORDER.filter((k) => !hidden.has(k)).map((k): LegendEntry => ({
      type: 'line',
      style: k,
      label: t(`orgmap.lineKinds.${k}`),
    })),
  ];
}

/** A committee member's lines on a printed card: buying roles, then attitude, contact, influence. */
export function memberCaption(
  t: TFunction,
  roleLabel: (code: string) => string,
  zh: boolean,
): (member: MapCommitteeMember) => string[] {
  return (member) =>
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
}
