import {
  queryOptions,
  useQueryClient,
  type DataTag,
  type FetchQueryOptions,
  type QueryKey,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ChannelInput } from '../../shared/channels.ts';
import { invoke } from '../api/invoke.ts';
import type { ReadChannel } from './reads.ts';

/** Every cached read is keyed by its channel and input; writes refresh them by channel. */
export function readKey<C extends ReadChannel>(channel: C, input: ChannelInput<C>) {
  return [channel, input] as const;
}

/** The query of one read channel; features add their own options (staleTime, placeholders…). */
export function readQuery<C extends ReadChannel>(channel: C, input: ChannelInput<C>) {
  return queryOptions({
    queryKey: readKey(channel, input),
    queryFn: () => invoke(channel, input),
  });
}

/** Reads a query again now and answers the fresh data (after a conflict: "reload and try again"). */
export function useReload() {
  const queryClient = useQueryClient();
  return useCallback(
    <T>(query: { queryKey: DataTag<QueryKey, T, unknown>; queryFn?: unknown }) =>
      queryClient.fetchQuery({ ...(query as FetchQueryOptions<T>), staleTime: 0 }) as Promise<T>,
    [queryClient],
  );
}
