import type Database from 'better-sqlite3';
import type { ChannelArgs } from '../../shared/channels.ts';
import type { Change } from '../../shared/schemas.ts';
import { createChangesRepo } from '../store/repositories/changes.ts';
import type { HandlersOf } from '../handlers.ts';

export type HistoryService = ReturnType<typeof createHistoryService>;

export function createHistoryService(db: Database.Database) {
  const changes = createChangesRepo(db);
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
