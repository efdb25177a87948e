import type { CommitteeMember, Coverage, CoverageFlag, WhatIfChange } from './committee.ts';
import { daysBetween } from './localDate.ts';
import {
  CONTACT_STRENGTHS,
  LEVELS,
  type ContactStrength,
  type CoverageFlagCode,
  type Influence,
  type Level,
} from './enums.ts';
import type { Person } from './schemas.ts';

// Coverage red flags of one buying committee (DOMAIN.md §3) and the score they add up to.
// Pure: the main process computes saved coverage, the renderer may preview with it.

export type CoverageMemberInput = Pick<
  CommitteeMember,
  'personId' | 'roles' | 'attitude' | 'influence' | 'contact' | 'lastContactDate' | 'plan'
>;
export type CoveragePersonInput = Pick<Person, 'id' | 'name' | 'level' | 'managerId'>;
/** How close one competitor's rep is to one person of the customer (a deal's rep relations). */
export type CoverageRepRelationInput = {
  competitorId: string;
  competitorName: string;
  /** The rep's name; empty when unknown (the flag then names the competitor). */
  repName: string;
  personId: string;
  closeness: ContactStrength;
};
export type CoverageInput = {
  members: CoverageMemberInput[];
  people: CoveragePersonInput[];
  /** YYYY-MM-DD */
  today: string;
  cadenceDays: number;
  /** The competitors' rep relations in this deal; none given, no competitor_closer flag. */
  repRelations?: CoverageRepRelationInput[];
};

// The score is 100 minus the points of every red flag, never below 0. What we do not know counts
// as a gap, not as "no problem": no one in a deciding role identified costs 25 and each member of
// unknown influence 5, so a committee where nothing is known scores near 0, like an empty one.
export const COVERAGE_POINTS = {
  empty_committee: 100,
  no_decider_identified: 25,
  decider_not_contacted: 20,
  opponent_without_plan: 15,
  no_contact_above_handler: 15,
  single_thread: 15,
  no_coach: 10,
  influence_unknown: 5,
  stale_contact: 5,
  competitor_closer: 10,
} as const satisfies Record<CoverageFlagCode, number>;

export const DECIDING_ROLES = ['decider', 'approver', 'economic_buyer'];

/** Medium or high influence: enough for an opponent to need a plan. */
export const isInfluential = (influence: Influence | null) =>
  influence === 'high' || influence === 'medium';

const hasRole = (m: CoverageMemberInput, roles: readonly string[]) =>
  m.roles.some((r) => roles.includes(r));
const isEngaged = (contact: ContactStrength) => contact === 'close' || contact === 'frequent';
const isKeyPerson = (m: CoverageMemberInput) =>
  hasRole(m, DECIDING_ROLES) || m.influence === 'high';
const levelRank = (level: Level | null) => (level === null ? -1 : LEVELS.indexOf(level));
// CONTACT_STRENGTHS runs close → none, so a lower index is closer.
const closenessRank = (contact: ContactStrength) =>
  CONTACT_STRENGTHS.length - CONTACT_STRENGTHS.indexOf(contact);

/** Everyone above `personId` on the solid reporting line; stops at a cycle. */
function ancestors(personId: string, byId: Map<string, CoveragePersonInput>): Set<string> {
  const seen = new Set<string>([personId]);
  const found = new Set<string>();
  let next = byId.get(personId)?.managerId ?? null;
  while (next !== null && !seen.has(next)) {
    seen.add(next);
    found.add(next);
    next = byId.get(next)?.managerId ?? null;
  }
  return found;
}

export function computeCoverage(input: CoverageInput): Coverage {
  const { members, people, today, cadenceDays } = input;
  if (members.length === 0) {
    return {
      score: 0,
      flags: [
        {
          code: 'empty_committee',
          message: 'No one is on the buying committee yet',
          points: COVERAGE_POINTS.empty_committee,
        },
      ],
    };
  }

  const byId = new Map(people.map((p) => [p.id, p]));
  const nameOf = (personId: string) => byId.get(personId)?.name ?? personId;
  const flags: CoverageFlag[] = [];
  const flag = (
    code: CoverageFlag['code'],
    message: string,
    personId?: string,
    params?: Record<string, string | number>,
  ) => {
    flags.push({
      code,
      message,
      points: COVERAGE_POINTS[code],
      ...(personId === undefined ? {} : { personId }),
      ...(params === undefined ? {} : { params }),
    });
  };

  if (!members.some((m) => hasRole(m, DECIDING_ROLES))) {
    flag('no_decider_identified', 'No one on the committee is known to decide or approve');
  }

  for (const m of members) {
    if (hasRole(m, DECIDING_ROLES) && m.contact === 'none') {
      const name = nameOf(m.personId);
      flag(
        'decider_not_contacted',
        `${name} decides or approves but was never contacted`,
        m.personId,
        {
          name,
        },
      );
    }
  }

  // Any role counts (a gatekeeper opponent can block the deal as well as a decider), and medium
  // influence is enough: "covered" means the relationship plan has our route to them.
  for (const m of members) {
    if (m.attitude === 'opponent' && isInfluential(m.influence) && m.plan.ourRoute.trim() === '') {
      const name = nameOf(m.personId);
      flag(
        'opponent_without_plan',
        `${name} is an influential opponent with no plan to reach them`,
        m.personId,
        {
          name,
        },
      );
    }
  }

  const handlers = members.filter((m) => hasRole(m, ['handler']));
  const handlerIds = new Set(handlers.map((m) => m.personId));
  // Handlers of unknown level do not raise the bar; with none known the bar is the lowest level.
  const bar = Math.max(0, ...handlers.map((m) => levelRank(byId.get(m.personId)?.level ?? null)));
  const aboveByChain = new Set(handlers.flatMap((m) => [...ancestors(m.personId, byId)]));
  // The handlers themselves never count: the point is reaching beyond our day-to-day contacts.
  const engagedAbove = members.some(
    (m) =>
      !handlerIds.has(m.personId) &&
      isEngaged(m.contact) &&
      (aboveByChain.has(m.personId) || levelRank(byId.get(m.personId)?.level ?? null) > bar),
  );
  if (!engagedAbove) {
    const only = handlers.length === 1 ? handlers[0] : undefined;
    if (only) {
      const name = nameOf(only.personId);
      flag(
        'no_contact_above_handler',
        `No close contact above the handler ${name}`,
        only.personId,
        {
          name,
        },
      );
    } else if (handlers.length === 0) {
      flag('no_contact_above_handler', 'No close contact above the operational level');
    } else {
      flag(
        'no_contact_above_handler',
        `No close contact above the ${handlers.length} project handlers`,
        undefined,
        { handlers: handlers.length },
      );
    }
  }

  const engaged = members.filter((m) => isEngaged(m.contact));
  if (members.length >= 2 && engaged.length <= 1) {
    const one = engaged[0];
    if (one) {
      const name = nameOf(one.personId);
      flag('single_thread', `Every contact goes through ${name}`, one.personId, { name });
    } else {
      flag('single_thread', 'No one on the committee is in close or frequent contact');
    }
  }

  if (!members.some((m) => hasRole(m, ['coach']) && m.attitude === 'supporter')) {
    flag('no_coach', 'No supporter acts as our coach');
  }

  for (const m of members) {
    if (m.influence !== null) continue;
    const name = nameOf(m.personId);
    flag('influence_unknown', `The influence of ${name} is unknown`, m.personId, { name });
  }

  for (const m of members) {
    if (!isKeyPerson(m) || m.contact === 'none') continue;
    const name = nameOf(m.personId);
    if (m.lastContactDate === null) {
      flag('stale_contact', `${name} is a key person with no date of last contact`, m.personId, {
        name,
      });
      continue;
    }
    const days = daysBetween(m.lastContactDate, today);
    if (days > cadenceDays) {
      flag('stale_contact', `${name} is a key person last contacted ${days} days ago`, m.personId, {
        name,
        days,
      });
    }
  }

  // A competitor's rep closer to a key person than we are: one flag per (person, competitor).
  const memberById = new Map(members.map((m) => [m.personId, m]));
  const seenPairs = new Set<string>();
  for (const r of input.repRelations ?? []) {
    const m = memberById.get(r.personId);
    const pair = `${r.personId}\u0000${r.competitorId}`;
    if (!m || !isKeyPerson(m) || seenPairs.has(pair)) continue;
    if (closenessRank(r.closeness) <= closenessRank(m.contact)) continue;
    seenPairs.add(pair);
    const person = nameOf(m.personId);
    const rep = r.repName.trim();
    flag(
      'competitor_closer',
      `${rep === '' ? 'The rep' : rep} of ${r.competitorName} is closer to ${person} than we are`,
      m.personId,
      { person, competitor: r.competitorName, rep },
    );
  }

  // Array.prototype.sort is stable, so equal points keep rule order, then member order.
  flags.sort((a, b) => b.points - a.points);
  const lost = flags.reduce((sum, f) => sum + f.points, 0);
  return { score: Math.max(0, 100 - lost), flags };
}

/** The members as they would be after `changes`; nothing given is modified. */
export function applyWhatIf<M extends CoverageMemberInput>(
  members: M[],
  changes: WhatIfChange[],
  today: string,
): M[] {
  return members.map((m) => {
    let next: M = { ...m };
    for (const c of changes) {
      if (c.personId !== m.personId) continue;
      const raised = c.contact !== undefined && c.contact !== 'none' && next.contact === 'none';
      next = {
        ...next,
        ...(c.attitude === undefined ? {} : { attitude: c.attitude }),
        ...(c.contact === undefined ? {} : { contact: c.contact }),
        ...(c.influence === undefined ? {} : { influence: c.influence }),
        // Imagining a first meeting means imagining it today.
        ...(raised ? { lastContactDate: today } : {}),
      };
    }
    return next;
  });
}
