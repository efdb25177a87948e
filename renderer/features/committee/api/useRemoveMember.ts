import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../../api/invoke.ts';
import { committeeQueries } from './committeeQueries.ts';

export function useRemoveMember(opportunityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => invoke('committee.removeMember', { opportunityId, personId }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: committeeQueries.all });
    },
  });
}
