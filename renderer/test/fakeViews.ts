import type { Result } from '../../shared/errors.ts';
import type { TeamMemberListItem } from '../../shared/team.ts';
import type { ViewState } from '../../shared/uiState.ts';

const ok = <T>(data: T): Result<T> => ({ ok: true, data });

/** A team member as team.list answers, for fake servers. */
export function teamMember(
  id: string,
  name: string,
  over: Partial<TeamMemberListItem> = {},
): TeamMemberListItem {
  return {
    id,
    name,
    role: '',
    managerId: null,
    archived: false,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    managerName: null,
    reportCount: 0,
    ...over,
  };
}

/**
 * The fake channels a screen with remembered views and the team filter calls: views kept in
 * memory (`views`, to check what was saved) and the team given.
 */
export function fakeViewsAndTeam(members: TeamMemberListItem[]) {
  const views = new Map<string, ViewState>();
  return {
    views,
    channels: {
      'viewState.get': (input: unknown) => ok(views.get((input as { list: string }).list) ?? null),
      'viewState.save': (input: unknown) => {
        const { list, state } = input as { list: string; state: ViewState };
        views.set(list, state);
        return { ...ok(state), changed: [] };
      },
      'viewState.reset': (input: unknown) => {
        views.delete((input as { list: string }).list);
        return { ...ok({ reset: true }), changed: [] };
      },
      'team.list': () => ok({ items: members, total: members.length }),
    },
  };
}
