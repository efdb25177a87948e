import {
  hashKey,
  useMutation,
  useQueryClient,
  type DataTag,
  type Query,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Entity } from '../../shared/changed.ts';
import type { ChannelInput, ChannelOutput } from '../../shared/channels.ts';
import { call } from '../api/invoke.ts';
import type { StepRef } from '../../shared/history.ts';
import type { RpcError } from '../api/RpcError.ts';
import { readsAffectedBy, type ReadChannel, type WriteChannel } from './reads.ts';
import { announceSteps } from './undoSteps.ts';

type Tagged<T> = { queryKey: DataTag<QueryKey, T, unknown> };

/** A write's view of the cache: its own answers go in before the refresh, so nothing flickers. */
export type Cache = {
  get<T>(query: Tagged<T>): T | undefined;
  /** The server's whole answer for this read: it is fresh and not read again after the write. */
  put<T>(query: Tagged<T>, update: (old: T | undefined) => T | undefined): void;
  /** A change shown at once in a read the server computes more of: it is still read again. */
  patch<T>(query: Tagged<T>, update: (old: T | undefined) => T | undefined): void;
  /** The cached answers of one read channel, whatever their input. */
  all<C extends ReadChannel>(channel: C): ChannelOutput<C>[];
  putAll<C extends ReadChannel>(
    channel: C,
    update: (old: ChannelOutput<C>) => ChannelOutput<C>,
  ): void;
};

export type WriteTools = {
  /** Calls one write channel; what it changed is refreshed when the whole write is done. */
  write<C extends WriteChannel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  cache: Cache;
};

export type WriteOptions<TData, TVars> = {
  /** Writes with the same scope run one after another, in the order they were started. */
  scope?: string;
  /**
   * false: no Undo toast after it (settings of the workspace, undo itself, a map card's move,
   * which Ctrl+Z still undoes). Otherwise every undo step the write made is announced
   * (renderer/data/undoSteps.ts).
   */
  undo?: boolean;
  onSuccess?: (data: TData, vars: TVars) => unknown;
  onError?: (error: RpcError, vars: TVars) => unknown;
  onSettled?: () => unknown;
};

const channelOf = (query: Query) => query.queryKey[0] as ReadChannel;

/**
 * Marks every cached read that shows any of `changed` stale: open ones refetch, others on their
 * next visit. The returned promise settles when the open ones are fresh.
 */
export async function refreshAfter(
  queryClient: QueryClient,
  changed: Iterable<Entity>,
  /** Queries the write put its own answer into: already fresh, left alone (and their focus). */
  fresh: ReadonlySet<string> = new Set(),
) {
  const reads = readsAffectedBy(changed);
  if (reads.size === 0) return;
  await queryClient.invalidateQueries({
    predicate: (q) => reads.has(channelOf(q)) && !fresh.has(q.queryHash),
  });
}

export function cacheOf(queryClient: QueryClient, fresh = new Set<string>()): Cache {
  const ofChannel = (channel: ReadChannel) => ({
    predicate: (q: Query) => channelOf(q) === channel,
  });
  return {
    get: (query) => queryClient.getQueryData(query.queryKey),
    put: (query, update) => {
      queryClient.setQueryData(query.queryKey, update);
      fresh.add(hashKey(query.queryKey));
    },
    patch: (query, update) => {
      queryClient.setQueryData(query.queryKey, update);
    },
    all: <C extends ReadChannel>(channel: C) =>
      queryClient
        .getQueriesData<ChannelOutput<C>>(ofChannel(channel))
        .flatMap(([, data]) => (data === undefined ? [] : [data])),
    putAll: <C extends ReadChannel>(
      channel: C,
      update: (old: ChannelOutput<C>) => ChannelOutput<C>,
    ) => {
      queryClient.setQueriesData<ChannelOutput<C>>(ofChannel(channel), (old) =>
        old === undefined ? old : update(old),
      );
    },
  };
}

/** The cache as writes see it, for reading the newest versions before a write runs. */
export function useCache(): Cache {
  const queryClient = useQueryClient();
  return useMemo(() => cacheOf(queryClient), [queryClient]);
}

/**
 * The one way the renderer writes: `run` calls write channels through `write` and puts their
 * answers in the cache; then every read showing what the server says they changed is refreshed
 * (also after a failure, for what was written before it). Busy and error state come from the
 * mutation.
 */
export function useWrite<TVars = void, TData = unknown>(
  run: (vars: TVars, tools: WriteTools) => Promise<TData>,
  options: WriteOptions<TData, TVars> = {},
) {
  const queryClient = useQueryClient();
  return useMutation<TData, RpcError, TVars>({
    mutationFn: async (vars) => {
      const changed = new Set<Entity>();
      const fresh = new Set<string>();
      const steps: StepRef[] = [];
      const tools: WriteTools = {
        write: async (channel, input) => {
          const answer = await call(channel, input);
          for (const entity of answer.changed) changed.add(entity);
          if (answer.step) steps.push(answer.step);
          return answer.data;
        },
        cache: cacheOf(queryClient, fresh),
      };
      try {
        const data = await run(vars, tools);
        if (options.undo !== false) announceSteps(steps);
        return data;
      } finally {
        // Not awaited: the write's own answers are already in the cache, and a save must not
        // wait for a 20,000-deal list to reload (nor hold up the next write of its scope).
        void refreshAfter(queryClient, changed, fresh);
      }
    },
    ...(options.scope === undefined ? {} : { scope: { id: options.scope } }),
    onSuccess: options.onSuccess && ((data, vars) => options.onSuccess?.(data, vars)),
    onError: options.onError && ((error, vars) => options.onError?.(error, vars)),
    onSettled: options.onSettled && (() => options.onSettled?.()),
  });
}
