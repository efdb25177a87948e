import type { ActivityCreate, ActivityUpdate } from '../../../../shared/activities.ts';
import { readQuery } from '../../../data/read.ts';
import { useWrite } from '../../../data/write.ts';

export const activityQueries = {
  /** A deal's activities, or all of an account's (its deals' included). */
  list: (scope: { accountId: string; opportunityId?: string }) =>
    readQuery(
      'activities.list',
      scope.opportunityId ? { opportunityId: scope.opportunityId } : { accountId: scope.accountId },
    ),
};

/** Creates or updates an activity; timelines and the committee's last-contact dates follow. */
export function useSaveActivity() {
  return useWrite(
    (
      input:
        { kind: 'create'; fields: ActivityCreate } | { kind: 'update'; fields: ActivityUpdate },
      { write },
    ) =>
      input.kind === 'create'
        ? write('activities.create', input.fields)
        : write('activities.update', input.fields),
  );
}
