import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActivityCreate, ActivityUpdate } from '../../../../shared/activities.ts';
import { invoke } from '../../../api/invoke.ts';

export const activityQueries = {
  all: ['activities'] as const,
  /** A deal's activities, or all of an account's (its deals' included). */
  list: (scope: { accountId: string; opportunityId?: string }) =>
    queryOptions({
      queryKey: ['activities', scope.opportunityId ?? null, scope.accountId],
      queryFn: () =>
        invoke(
          'activities.list',
          scope.opportunityId
            ? { opportunityId: scope.opportunityId }
            : { accountId: scope.accountId },
        ),
    }),
};

/** Creates or updates an activity; timelines and the committee's last-contact dates follow. */
export function useSaveActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      input:
        { kind: 'create'; fields: ActivityCreate } | { kind: 'update'; fields: ActivityUpdate },
    ) =>
      input.kind === 'create'
        ? invoke('activities.create', input.fields)
        : invoke('activities.update', input.fields),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: activityQueries.all });
      void queryClient.invalidateQueries({ queryKey: ['committee'] });
      void queryClient.invalidateQueries({ queryKey: ['orgchart'] });
    },
  });
}
