import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { CommitteeMember, UpsertMemberInput } from '../../../../shared/committee.ts';
import { invoke } from '../../../api/invoke.ts';
import { committeeQueries } from './committeeQueries.ts';

export type MemberPatch = Omit<UpsertMemberInput, 'opportunityId' | 'personId' | 'version'>;

/**
 * Saves changes to committee members one after another. Each call sends only its fields and the
 * version held at the moment it is sent, so quick successive edits of one row never race each
 * other into a conflict.
 */
export function useUpsertMember(opportunityId: string) {
  const queryClient = useQueryClient();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const key = committeeQueries.members(opportunityId).queryKey;

  return useCallback(
    (personId: string, patch: MemberPatch, heldVersion?: number): Promise<CommitteeMember> => {
      const run = async () => {
        // The cache has the newest version once an earlier edit of this row came back.
        const cached = queryClient.getQueryData(key)?.members.find((m) => m.personId === personId);
        const version = cached?.version ?? heldVersion;
        const saved = await invoke('committee.upsertMember', {
          opportunityId,
          personId,
          ...(version === undefined ? {} : { version }),
          ...patch,
        });
        queryClient.setQueryData(key, (old) => {
          if (!old) return { members: [saved] };
          const exists = old.members.some((m) => m.personId === personId);
          return {
            members: exists
              ? old.members.map((m) => (m.personId === personId ? saved : m))
              : [...old.members, saved],
          };
        });
        // Coverage and history follow from the members.
        void queryClient.invalidateQueries({
          queryKey: [...committeeQueries.all, opportunityId],
          predicate: (q) => q.queryKey[2] !== 'members',
        });
        return saved;
      };
      const next = queue.current.then(run, run);
      queue.current = next.catch(() => undefined);
      return next;
    },
    [queryClient, key, opportunityId],
  );
}
