import {
  useQueryClient,
  type DataTag,
  type FetchQueryOptions,
  type QueryKey,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ChannelInput, ChannelOutput } from '../../shared/channels.ts';
import { invoke } from '../api/invoke.ts';
import type { ReadChannel } from './reads.ts';

/** Every cached read is keyed by its channel and input; writes refresh them by channel. */
export function readKey<C extends ReadChannel>(channel: C, input: ChannelInput<C>) {
  return [channel, input] as const;
}

/** A read's query: its key carries the channel's output type for useQuery and getQueryData. */
export type ReadQuery<C extends ReadChannel> = {
  queryKey: DataTag<ReturnType<typeof readKey<C>>, ChannelOutput<C>, Error>;
  queryFn: () => Promise<ChannelOutput<C>>;
};

/** The query of one read channel; features add their own options (staleTime, placeholders…). */
export function readQuery<C extends ReadChannel>(channel: C, input: ChannelInput<C>): ReadQuery<C> {
  return {
    // What queryOptions() does, with a type that can be named in declarations.
    queryKey: readKey(channel, input) as ReadQuery<C>['queryKey'],
    queryFn: () => invoke(channel, input),
  };
}

type AnyQuery<T> = { queryKey: DataTag<QueryKey, T, unknown>; queryFn?: unknown };

/** Reads a query outside a render: the cached answer while it is fresh, else the server's. */
export type Read = <T>(query: AnyQuery<T>) => Promise<T>;

export function useRead(): Read {
  const queryClient = useQueryClient();
  return useCallback(
    <T>(query: AnyQuery<T>) => queryClient.fetchQuery(query as FetchQueryOptions<T>) as Promise<T>,
    [queryClient],
  );
}

/** Reads a query again now and answers the fresh data (after a conflict: "reload and try again"). */
export function useReload() {
  const queryClient = useQueryClient();
  return useCallback(
    <T>(query: AnyQuery<T>) =>
      queryClient.fetchQuery({ ...(query as FetchQueryOptions<T>), staleTime: 0 }) as Promise<T>,
    [queryClient],
  );
}
