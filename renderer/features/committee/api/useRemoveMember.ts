import { useWrite } from '../../../data/write.ts';
import { memberScope } from './useUpsertMember.ts';

/** Takes a person off the committee, in order with the edits of the same committee. */
export function useRemoveMember(opportunityId: string) {
  return useWrite(
    (personId: string, { write }) => write('committee.removeMember', { opportunityId, personId }),
    { scope: memberScope(opportunityId) },
  );
}
