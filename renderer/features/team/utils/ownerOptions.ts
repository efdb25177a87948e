import { teamNameKey, type TeamMember } from '../../../../shared/team.ts';

/** The "add" option's value: no member name starts with a control character. */
export const ADD = '\u0001add:';

type Words = { archived: (name: string) => string; add: (name: string) => string };

/**
 * An owner picker's choices: the active members, the current owner even when archived or not
 * (yet) a member, and — when the typed text names nobody in the team in any spelling — an
 * option to add it as a new member.
 */
export function ownerOptions(
  members: readonly Pick<TeamMember, 'name' | 'archived'>[],
  value: string,
  search: string,
  words: Words,
): { value: string; label: string }[] {
  const options = members
    .filter((m) => !m.archived || m.name === value)
    .map((m) => ({ value: m.name, label: m.archived ? words.archived(m.name) : m.name }));
  // A name saved before it was a member, or typed just now: shown as it is.
  if (value !== '' && !options.some((o) => o.value === value)) {
    options.push({ value, label: value });
  }
  const typed = search.trim();
  const known = new Set(members.map((m) => teamNameKey(m.name)));
  // The search shows the picked option's label once picked: that is no new name.
  const pickedLabel = options.find((o) => o.value === value)?.label;
  if (typed !== '' && typed !== pickedLabel && !known.has(teamNameKey(typed))) {
    options.push({ value: `${ADD}${typed}`, label: words.add(typed) });
  }
  return options;
}
