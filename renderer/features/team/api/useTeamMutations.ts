import type { TeamCreate, TeamUpdate } from '../../../../shared/team.ts';
import { useWrite } from '../../../data/write.ts';

/** Adds a member (no id) or changes one (id + version): name, role, manager. */
export function useSaveTeamMember() {
  return useWrite((input: TeamCreate | TeamUpdate, { write }) =>
    'id' in input ? write('team.update', input) : write('team.create', input),
  );
}

export function useArchiveTeamMember() {
  return useWrite((input: { id: string; version: number; archived: boolean }, { write }) =>
    write('team.archive', input),
  );
}
