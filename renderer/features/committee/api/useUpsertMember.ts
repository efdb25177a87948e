import { useCallback } from 'react';
import type { CommitteeMember, UpsertMemberInput } from '../../../../shared/committee.ts';
import type { Person } from '../../../../shared/schemas.ts';
import { useWrite } from '../../../data/write.ts';
import { committeeQueries } from './committeeQueries.ts';

export type MemberPatch = Omit<UpsertMemberInput, 'opportunityId' | 'personId' | 'version'>;

/** One queue per committee: its edits reach the store in the order they were made. */
export const memberScope = (opportunityId: string) => `committee:${opportunityId}`;

type MemberEdit = { personId: string; patch: MemberPatch; heldVersion: number | undefined };

/**
 * Saves changes to committee members one after another. Each call sends only its fields and the
 * version held at the moment it is sent, so quick successive edits of one row never race each
 * other into a conflict.
 */
export function useUpsertMember(opportunityId: string) {
  const { mutateAsync } = useWrite(
    async ({ personId, patch, heldVersion }: MemberEdit, { write, cache }) => {
      const key = committeeQueries.members(opportunityId);
      // The cache has the newest version once an earlier edit of this row came back.
      const cached = cache.get(key)?.members.find((m) => m.personId === personId);
      const version = cached?.version ?? heldVersion;
      const saved = await write('committee.upsertMember', {
        opportunityId,
        personId,
        ...(version === undefined ? {} : { version }),
        ...patch,
      });
      cache.put(key, (old) => {
        if (!old) return { members: [saved] };
        const exists = old.members.some((m) => m.personId === personId);
        return {
          members: exists
            ? old.members.map((m) => (m.personId === personId ? saved : m))
            : [...old.members, saved],
        };
      });
      return saved;
    },
    { scope: memberScope(opportunityId) },
  );
  return useCallback(
    (personId: string, patch: MemberPatch, heldVersion?: number): Promise<CommitteeMember> =>
      mutateAsync({ personId, patch, heldVersion }),
    [mutateAsync],
  );
}

type LevelEdit = { personId: string; version: number; level: Person['level'] };

/** Sets a member's level (a field of the person), in order with the committee's other edits. */
export function useSetPersonLevel(opportunityId: string) {
  return useWrite(
    ({ personId, version, level }: LevelEdit, { write }) =>
      write('people.update', { id: personId, version, level }),
    { scope: memberScope(opportunityId) },
  );
}
