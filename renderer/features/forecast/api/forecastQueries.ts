import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/channels.ts';
import { invoke } from '../../../api/invoke.ts';

// The forecast reads every deal: always fetched again when the page opens (staleTime 0), so an
// amount changed on a deal page shows at once.
export const forecastQueries = {
  all: ['forecast'] as const,
  get: (input: ChannelInput<'forecast.get'>) =>
    queryOptions({
      queryKey: ['forecast', 'get', input],
      queryFn: () => invoke('forecast.get', input),
      staleTime: 0,
    }),
  snapshots: () =>
    queryOptions({
      // Half a year of weekly snapshots.
      queryKey: ['forecast', 'snapshots'],
      queryFn: () => invoke('forecast.snapshots', { limit: 26 }),
      staleTime: 0,
    }),
  movements: (from: string | undefined, to: string | undefined, quarter: string | undefined) =>
    queryOptions({
      queryKey: ['forecast', 'movements', from ?? null, to ?? null, quarter ?? null],
      queryFn: () =>
        invoke('forecast.movements', {
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(quarter ? { quarter } : {}),
        }),
      staleTime: 0,
    }),
  reviews: (owner: string | undefined, asOf: string | undefined) =>
    queryOptions({
      queryKey: ['forecast', 'reviews', owner ?? null, asOf ?? null],
      queryFn: () =>
        invoke('reviews.queue', { ...(owner ? { owner } : {}), ...(asOf ? { asOf } : {}) }),
      staleTime: 0,
    }),
};

/** Takes a manual snapshot; the list and the movements (latest snapshot → now) follow. */
export function useTakeSnapshot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: string) => invoke('forecast.snapshot', { note }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: forecastQueries.all }),
  });
}
