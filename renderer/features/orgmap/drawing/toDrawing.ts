import type { InfluenceLineKind } from '../../../../shared/enums.ts';
import type { MapCommitteeMember, OrgChart } from '../../../../shared/orgchart.ts';
import type { Person } from '../../../../shared/schemas.ts';
import type { DrawnCard, LayoutResult, LegendEntry, MapDrawing } from '../model.ts';

export type DrawingOptions = {
  title: string;
  subtitle: string;
  /** Influence line kinds the user switched off: left out of the drawing. */
  hiddenKinds: ReadonlySet<InfluenceLineKind>;
  legend: LegendEntry[];
  /** Translated detail lines of a committee member, e.g. ["Decider · Evaluator", "Supporter"]. */
  describe: (member: MapCommitteeMember, person: Person) => string[];
};

/**
 * Everything an exported or printed map shows: the laid-out cards with their people's text and
 * deal context, the reporting lines (solid to the manager, dotted to the second manager) and the
 * visible influence lines. With a deal selected, people off its committee are dimmed.
 */
export function toDrawing(
  chart: OrgChart,
  layout: LayoutResult,
  options: DrawingOptions,
): MapDrawing {
  const people = new Map(chart.people.map((p) => [p.id, p] as const));
  const members = new Map((chart.committee?.members ?? []).map((m) => [m.personId, m] as const));
  const hasCommittee = chart.committee !== null;

  const cards: DrawnCard[] = [];
  for (const card of layout.cards) {
    const person = people.get(card.personId);
    if (!person) continue;
    const member = members.get(person.id);
    cards.push({
      ...card,
      name: person.name,
      title: person.title,
      department: person.department,
      external: person.external,
      member: member
        ? {
            roles: [...member.roles],
            attitude: member.attitude,
            influence: member.influence,
            contact: member.contact,
          }
        : null,
      dimmed: hasCommittee && !member,
      detailLines: member ? options.describe(member, person) : [],
    });
  }
  const drawn = new Set(cards.map((c) => c.personId));

  const reportingLines: MapDrawing['reportingLines'] = [];
  for (const card of cards) {
    const person = people.get(card.personId)!;
    const manager = person.managerId === null ? undefined : people.get(person.managerId);
    if (
      !person.external &&
      manager &&
      manager.id !== person.id &&
      !manager.external &&
      drawn.has(manager.id)
    ) {
      reportingLines.push({ fromPersonId: manager.id, toPersonId: person.id, dotted: false });
    }
    const second = person.secondManagerId;
    if (
      second !== null &&
      second !== person.id &&
      second !== person.managerId &&
      drawn.has(second)
    ) {
      reportingLines.push({ fromPersonId: second, toPersonId: person.id, dotted: true });
    }
  }

  const influenceLines: MapDrawing['influenceLines'] = chart.lines
    .filter(
      (line) =>
        !options.hiddenKinds.has(line.kind) &&
        drawn.has(line.fromPersonId) &&
        drawn.has(line.toPersonId) &&
        line.fromPersonId !== line.toPersonId,
    )
    .map((line) => ({
      fromPersonId: line.fromPersonId,
      toPersonId: line.toPersonId,
      kind: line.kind,
      direction: line.direction,
      strength: line.strength,
    }));

  return {
    title: options.title,
    subtitle: options.subtitle,
    cards,
    groups: layout.groups,
    reportingLines,
    influenceLines,
    legend: options.legend,
    bounds: layout.bounds,
  };
}
