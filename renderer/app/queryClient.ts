import { MutationCache, QueryClient } from '@tanstack/react-query';
import { RpcError } from '../api/RpcError.ts';

/**
 * Views computed from many records at once; any saved change may move them, so every successful
 * save marks them stale (open ones refetch, others on their next visit). Not awaited: a save
 * must not wait for a 20,000-deal list to reload.
 */
const DERIVED_VIEWS = [['pipeline'], ['forecast'], ['reviews'], ['scoring', 'quadrant']];

/** A refused request will be refused again; only a missing answer is worth one more try. */
export function createQueryClient() {
  const queryClient: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onSuccess: () => {
        for (const queryKey of DERIVED_VIEWS) void queryClient.invalidateQueries({ queryKey });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (failures, error) =>
          error instanceof RpcError && error.code === 'unreachable' && failures < 2,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
