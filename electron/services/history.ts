import type { ChannelArgs } from '../../shared/channels.ts';
import type { Change } from '../../shared/schemas.ts';
import type { HandlersOf } from '../handlers.ts';
import type { ServiceContext } from './common.ts';

export type HistoryService = ReturnType<typeof createHistoryService>;

export function createHistoryService({ repos }: ServiceContext) {
  const { changes, imports } = repos;
  return {
    /**
     * Newest first. `since` may carry any offset; stored times are UTC, so it is normalised before
     * comparing. An entry written by an import names it.
     */
    list({ entity, entityId, since, limit }: ChannelArgs<'history.list'>): Change[] {
      const names = new Map<string, string>();
      return changes
        .list({
          entity: entity ?? null,
          entityId: entityId ?? null,
          since: since === undefined ? null : new Date(since).toISOString(),
          limit,
        })
        .map(({ importId, ...change }) => {
          if (importId === undefined) return change;
          if (!names.has(importId)) names.set(importId, imports.get(importId)?.name ?? '');
          return { ...change, import: { id: importId, name: names.get(importId)! } };
        });
    },
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function historyHandlers(s: HistoryService): HandlersOf<'history'> {
  return {
    'history.list': (input) => s.list(input),
  };
}
