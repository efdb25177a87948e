import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OpportunityCreate, OpportunityUpdate } from '../../../../shared/schemas.ts';
import { invoke } from '../../../api/invoke.ts';
import { accountQueries } from '../../accounts/index.ts';
import { opportunityQueries } from './opportunityQueries.ts';

/** Creates an opportunity, or updates one when the input carries its id and version. */
export function useSaveOpportunity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OpportunityCreate | OpportunityUpdate) =>
      'id' in input ? invoke('opportunities.update', input) : invoke('opportunities.create', input),
    onSuccess: async (opportunity) => {
      queryClient.setQueryData(opportunityQueries.detail(opportunity.id).queryKey, opportunity);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: opportunityQueries.all }),
        // The accounts list counts open opportunities.
        queryClient.invalidateQueries({ queryKey: accountQueries.all }),
      ]);
    },
  });
}
