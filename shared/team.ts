import { z } from 'zod';
import { id } from './schemas.ts';

// Our team (issue 15): our own people — name, role, manager — that every Owner and
// relationship-owner field picks from. Owner fields keep the member's name as text (history,
// exports, packages and imports read it as before); a rename rewrites them in the same write.

const version = z.number().int().min(1);
/** Same bounds as the owner fields (text(100)), so any owner name can become a member. */
export const teamMemberName = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .max(100, { error: 'too_long' });
const role = z.string().trim().max(100);

export const teamMember = z.object({
  id,
  name: z.string(),
  /** Free text: 销售经理, 大客户经理, presales… */
  role: z.string(),
  /** Whom they report to on our side; null at the top. */
  managerId: id.nullable(),
  archived: z.boolean(),
  version,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TeamMember = z.infer<typeof teamMember>;

export const teamMemberListItem = teamMember.extend({
  managerName: z.string().nullable(),
  /** Members reporting to them directly (archived ones included). */
  reportCount: z.number().int(),
});
export type TeamMemberListItem = z.infer<typeof teamMemberListItem>;

export const teamListInput = z.strictObject({
  includeArchived: z.boolean().default(false),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(5000).default(1000),
});

export const teamListOutput = z.object({
  /** By name. */
  items: z.array(teamMemberListItem),
  /** Members matching the input, over all pages. */
  total: z.number().int(),
});
export type TeamList = z.infer<typeof teamListOutput>;

export const teamCreate = z.strictObject({
  name: teamMemberName,
  role: role.default(''),
  managerId: id.nullable().default(null),
});
export type TeamCreate = z.input<typeof teamCreate>;

export const teamUpdate = z.strictObject({
  id,
  version,
  name: teamMemberName.optional(),
  role: role.optional(),
  managerId: id.nullable().optional(),
});
export type TeamUpdate = z.input<typeof teamUpdate>;

/**
 * A list filtered by our team: one member's deals, or with `includeReports` the deals of the
 * member and of everyone reporting to them, directly or further down ("Li's team").
 */
export const teamFilter = z.strictObject({
  memberId: id,
  includeReports: z.boolean().default(false),
});
export type TeamFilter = z.input<typeof teamFilter>;

export const teamChannels = {
  'team.list': { input: teamListInput, output: teamListOutput },
  'team.create': { input: teamCreate, output: teamMember },
  /** A new name is written into every owner field that carried the old one. */
  'team.update': { input: teamUpdate, output: teamMember },
  /** Archived members leave the pickers; the records they own keep their name. */
  'team.archive': {
    input: z.strictObject({ id, version, archived: z.boolean() }),
    output: teamMember,
  },
} as const;

/** The key under which member names are unique: width-folded, trimmed, case-folded. */
export function teamNameKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

/**
 * The member and, with `includeReports`, everyone below them (a loop in stored data cannot hang
 * it: each member is visited once).
 */
export function teamOf(
  members: readonly Pick<TeamMember, 'id' | 'managerId'>[],
  memberId: string,
  includeReports: boolean,
): Set<string> {
  const team = new Set([memberId]);
  if (!includeReports) return team;
  const reports = new Map<string, string[]>();
  for (const m of members) {
    if (m.managerId === null) continue;
    reports.set(m.managerId, [...(reports.get(m.managerId) ?? []), m.id]);
  }
  const queue = [memberId];
  while (queue.length > 0) {
    for (const report of reports.get(queue.pop()!) ?? []) {
      if (team.has(report)) continue;
      team.add(report);
      queue.push(report);
    }
  }
  return team;
}

/** True when `managerId` is `memberId` or reports to them: setting it would close a loop. */
export function wouldLoop(
  members: readonly Pick<TeamMember, 'id' | 'managerId'>[],
  memberId: string,
  managerId: string,
): boolean {
  return teamOf(members, memberId, true).has(managerId);
}
