import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapCommitteeMember, OrgChart } from '../../../../shared/orgchart.ts';
import { localLabel } from '../../../i18n/localLabel.ts';
import { buyingRoleQueries } from '../../committee/index.ts';
import type { LayoutResult } from '../model.ts';

/** The chart looked up by person: who is on it, who is laid out, who sits on the deal's committee. */
export function useChartIndex(chart: OrgChart | undefined, layout: LayoutResult | null) {
  const people = useMemo(() => chart?.people ?? [], [chart]);
  const peopleById = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const members = useMemo(
    () =>
      new Map<string, MapCommitteeMember>(
        (chart?.committee?.members ?? []).map((m) => [m.personId, m]),
      ),
    [chart],
  );
  const cardIds = useMemo(() => new Set(layout?.cards.map((c) => c.personId) ?? []), [layout]);
  return { people, peopleById, members, cardIds, dealSelected: Boolean(chart?.committee) };
}

/** The buying roles and their names in the current language (a code the list lacks shows as is). */
export function useRoleLabels() {
  const { i18n } = useTranslation();
  const roles = useQuery(buyingRoleQueries.list());
  const roleLabel = useMemo(() => {
    const byCode = new Map((roles.data ?? []).map((r) => [r.code, localLabel(r, i18n.language)]));
    return (code: string) => byCode.get(code) ?? code;
  }, [roles.data, i18n.language]);
  return { roles: roles.data, roleLabel };
}
