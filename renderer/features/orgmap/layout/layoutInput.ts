import type { OrgChart } from '../../../../shared/orgchart.ts';
import type { LayoutInput } from '../model.ts';

/** What the layout needs of an org chart: structure only (no names, titles, deal context). */
export function layoutInputOf(chart: Pick<OrgChart, 'people' | 'positions'>): LayoutInput {
  return {
    people: chart.people.map((p) => ({
      id: p.id,
      managerId: p.managerId,
      external: p.external,
      organization: p.organization,
      department: p.department,
    })),
    positions: chart.positions.map((p) => ({ personId: p.personId, x: p.x, y: p.y })),
  };
}
