import type { BuyingRole, CommitteeMember } from '../../../../shared/committee.ts';
import type { InfluenceLine } from '../../../../shared/orgchart.ts';
import type { Person } from '../../../../shared/schemas.ts';
import type { MemberFields } from '../api/useMapEdits.ts';
import { NOT_A_MEMBER, type CommitteeValues } from '../components/CommitteeDialog.tsx';
import type { LineValues } from '../components/LineDialog.tsx';

// What the map's editors change: only the fields that differ from what they opened with are saved.

type CardFields = Pick<Person, 'name' | 'title' | 'department' | 'organization'>;

/** The card fields edited on the card that differ from the person's; empty when none do. */
export function personPatch(person: Person, fields: CardFields): Partial<CardFields> {
  const patch: Partial<CardFields> = {};
  for (const key of ['name', 'title', 'department', 'organization'] as const) {
    if (fields[key] !== person[key]) patch[key] = fields[key];
  }
  return patch;
}

/** The line dialog's values of an existing line. */
export function lineValuesOf(line: InfluenceLine): LineValues {
  return { kind: line.kind, direction: line.direction, strength: line.strength, note: line.note };
}

/** The line dialog's values that differ from the line's; null when none do. */
export function linePatch(before: InfluenceLine, values: LineValues): Partial<LineValues> | null {
  const patch: Partial<LineValues> = {};
  for (const key of ['kind', 'direction', 'strength', 'note'] as const) {
    if (values[key] !== before[key]) Object.assign(patch, { [key]: values[key] });
  }
  return Object.keys(patch).length > 0 ? patch : null;
}

/** The committee dialog's start: the member's entry, or not a member. */
export function committeeInitial(before: CommitteeMember | null | undefined): CommitteeValues {
  if (!before) return NOT_A_MEMBER;
  return {
    member: true,
    roles: before.roles,
    attitude: before.attitude,
    influence: before.influence,
    contact: before.contact,
  };
}

/** What the committee dialog saves: the member's fields, or null to take them off. */
export function memberFields(values: CommitteeValues): MemberFields | null {
  return values.member
    ? {
        roles: values.roles,
        attitude: values.attitude,
        influence: values.influence,
        contact: values.contact,
      }
    : null;
}

/** The roles to pick from: the visible ones, plus any the person holds (hidden or unknown). */
export function committeeRoleOptions(
  roles: readonly Pick<BuyingRole, 'code' | 'hidden'>[],
  heldRoles: readonly string[],
  roleLabel: (code: string) => string,
): { value: string; label: string }[] {
  const held = new Set(heldRoles);
  const known = new Set(roles.map((r) => r.code));
  return [
    ...roles
      .filter((r) => !r.hidden || held.has(r.code))
      .map((r) => ({ value: r.code, label: roleLabel(r.code) })),
    // A role the list does not know (yet) still shows rather than vanishing from the pick.
    ...[...held].filter((c) => !known.has(c)).map((c) => ({ value: c, label: c })),
  ];
}
