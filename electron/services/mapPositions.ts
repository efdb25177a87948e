import type { MapPosition } from '../../shared/orgchart.ts';
import type { Repositories } from '../store/repositories/index.ts';

export type PositionWriter = ReturnType<typeof createPositionWriter>;

/**
 * Places cards on the account map and hands them back to the auto layout, each change written to
 * history (entity `map_position`, id = the person's) so that a drag is one undo step like any
 * other edit. A create or delete entry carries the account, which bringing a position back needs.
 */
export function createPositionWriter({ mapPositions, changes }: Repositories) {
  return {
    place(accountId: string, { personId, x, y }: MapPosition, at: string): void {
      const current = mapPositions.get(personId);
      if (current && current.accountId === accountId && current.x === x && current.y === y) return;
      mapPositions.upsert(accountId, { personId, x, y }, at);
      changes.insert(
        current
          ? {
              entity: 'map_position',
              entityId: personId,
              action: 'update',
              before: { x: current.x, y: current.y },
              after: { x, y },
              at,
            }
          : {
              entity: 'map_position',
              entityId: personId,
              action: 'create',
              before: null,
              after: { accountId, x, y },
              at,
            },
      );
    },
    forget(accountId: string, personId: string, at: string): void {
      const current = mapPositions.get(personId);
      if (!current || current.accountId !== accountId) return;
      mapPositions.remove(accountId, [personId]);
      changes.insert({
        entity: 'map_position',
        entityId: personId,
        action: 'delete',
        before: { accountId, x: current.x, y: current.y },
        after: {},
        at,
      });
    },
  };
}
