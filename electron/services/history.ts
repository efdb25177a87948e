import type { ChannelArgs } from '../../shared/channels.ts';
import type { Change } from '../../shared/schemas.ts';
import type { HandlersOf } from '../handlers.ts';
import type { ServiceContext } from './common.ts';

export type HistoryService = ReturnType<typeof createHistoryService>;

export function createHistoryService({ repos }: ServiceContext) {
  const { changes } = repos;
  return {
    /** Newest first. `since` may carry any offset; stored times are UTC, so it is normalised before comparing. */
    list({ entity, entityId, since, limit }: ChannelArgs<'history.list'>): Change[] {
      return changes.list({
        entity: entity ?? null,
        entityId: entityId ?? null,
        since: since === undefined ? null : new Date(since).toISOString(),
        limit,
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
