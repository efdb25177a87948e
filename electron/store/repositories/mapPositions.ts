import type Database from 'better-sqlite3-multiple-ciphers';
import type { MapPosition } from '../../../shared/orgchart.ts';

/** Mirrors the map_positions table exactly. */
type MapPositionRow = {
  person_id: string;
  account_id: string;
  x: number;
  y: number;
  updated_at: string;
};

const toPosition = (row: Pick<MapPositionRow, 'person_id' | 'x' | 'y'>): MapPosition => ({
  personId: row.person_id,
  x: row.x,
  y: row.y,
});

export type MapPositionsRepo = ReturnType<typeof createMapPositionsRepo>;

/**
 * Where a user placed people's cards by hand. Not versioned; electron/services/mapPositions.ts
 * records each change in history so a drag can be undone.
 */
export function createMapPositionsRepo(db: Database.Database) {
  // Positions of active people only, in the map's order of people.
  const listActiveStmt = db.prepare<[string], MapPositionRow>(`
    SELECT m.* FROM map_positions m JOIN people p ON p.id = m.person_id AND p.archived = 0
    WHERE m.account_id = ?
    ORDER BY p.created_at, p.rowid`);
  const upsertStmt = db.prepare<MapPositionRow>(`
    INSERT INTO map_positions (person_id, account_id, x, y, updated_at)
    VALUES (@person_id, @account_id, @x, @y, @updated_at)
    ON CONFLICT (person_id) DO UPDATE SET
      account_id = excluded.account_id, x = excluded.x, y = excluded.y, updated_at = excluded.updated_at`);
  const getStmt = db.prepare<[string], MapPositionRow>(
    'SELECT * FROM map_positions WHERE person_id = ?',
  );
  const listAllStmt = db.prepare<[string], MapPositionRow>(
    'SELECT * FROM map_positions WHERE account_id = ? ORDER BY rowid',
  );
  const deleteAllStmt = db.prepare<[string]>('DELETE FROM map_positions WHERE account_id = ?');
  const deleteOneStmt = db.prepare<[string, string]>(
    'DELETE FROM map_positions WHERE account_id = ? AND person_id = ?',
  );

  return {
    listActive(accountId: string): MapPosition[] {
      return listActiveStmt.all(accountId).map(toPosition);
    },
    /** The person's stored position, archived people's included. */
    get(personId: string): (MapPosition & { accountId: string }) | undefined {
      const row = getStmt.get(personId);
      return row && { ...toPosition(row), accountId: row.account_id };
    },
    /** Every stored position of the account, archived people's included. */
    listAll(accountId: string): MapPosition[] {
      return listAllStmt.all(accountId).map(toPosition);
    },
    upsert(accountId: string, position: MapPosition, at: string): void {
      upsertStmt.run({
        person_id: position.personId,
        account_id: accountId,
        x: position.x,
        y: position.y,
        updated_at: at,
      });
    },
    /** Forgets every position of the account, or only those of `personIds`; answers how many. */
    remove(accountId: string, personIds?: readonly string[]): number {
      if (personIds === undefined) return deleteAllStmt.run(accountId).changes;
      let removed = 0;
      for (const personId of personIds) removed += deleteOneStmt.run(accountId, personId).changes;
      return removed;
    },
  };
}
