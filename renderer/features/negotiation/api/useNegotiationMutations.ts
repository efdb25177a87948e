import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  NegotiationCreate,
  NegotiationSheet,
  NegotiationUpdate,
} from '../../../../shared/negotiation.ts';
import { invoke } from '../../../api/invoke.ts';
import { negotiationQueries } from './negotiationQueries.ts';

function useStoreSheet() {
  const queryClient = useQueryClient();
  return (sheet: NegotiationSheet) => {
    queryClient.setQueryData(negotiationQueries.sheet(sheet.id).queryKey, sheet);
    void queryClient.invalidateQueries({
      queryKey: negotiationQueries.list(sheet.opportunityId).queryKey,
    });
  };
}

export function useCreateNegotiation() {
  const store = useStoreSheet();
  return useMutation({
    mutationFn: (input: NegotiationCreate) => invoke('negotiations.create', input),
    onSuccess: store,
  });
}

/** Saves a change; a 409 (someone else saved first) comes back as an RpcError 'conflict'. */
export function useUpdateNegotiation() {
  const store = useStoreSheet();
  return useMutation({
    mutationFn: (input: NegotiationUpdate) => invoke('negotiations.update', input),
    onSuccess: store,
  });
}
