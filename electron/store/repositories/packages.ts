import type Database from 'better-sqlite3-multiple-ciphers';
import { accountNameKey } from './accounts.ts';

// What account packages need beyond the other repositories: the ids of an account's records that
// those list only partly, names matched across workspaces, and the last exchanged content.

type IdRow = { id: string };

export type PackagesRepo = ReturnType<typeof createPackagesRepo>;

export function createPackagesRepo(db: Database.Database) {
  const influenceLineIdsStmt = db.prepare<[string], IdRow>(
    'SELECT id FROM influence_lines WHERE account_id = ? ORDER BY created_at, rowid',
  );
  const opportunityIdsStmt = db.prepare<[string], IdRow>(
    'SELECT id FROM opportunities WHERE account_id = ? ORDER BY created_at, rowid',
  );
  const activeAccountStmt = db.prepare<[string], IdRow>(
    'SELECT id FROM accounts WHERE name_key = ? AND archived = 0 LIMIT 1',
  );
  const activeCompetitorStmt = db.prepare<[string], IdRow>(
    'SELECT id FROM competitors WHERE name_key = ? AND archived = 0 LIMIT 1',
  );
  const seenStmt = db.prepare<
    { entity: string; key: string; limit: number },
    { content_hash: string }
  >(`
    SELECT content_hash FROM package_seen WHERE entity = @entity AND record_key = @key
    ORDER BY exchanged_at DESC, content_hash LIMIT @limit`);
  const markSeenStmt = db.prepare<{ entity: string; key: string; hash: string; at: string }>(`
    INSERT INTO package_seen (entity, record_key, content_hash, exchanged_at)
    VALUES (@entity, @key, @hash, @at)
    ON CONFLICT (entity, record_key, content_hash) DO UPDATE SET exchanged_at = excluded.exchanged_at`);

  return {
    /** Every influence line of the account, archived people's included, oldest first. */
    influenceLineIds(accountId: string): string[] {
      return influenceLineIdsStmt.all(accountId).map((row) => row.id);
    },
    opportunityIds(accountId: string): string[] {
      return opportunityIdsStmt.all(accountId).map((row) => row.id);
    },
    /** The active account of this name (as names are kept unique), if any. */
    activeAccountNamed(name: string): string | undefined {
      return activeAccountStmt.get(accountNameKey(name))?.id;
    },
    activeCompetitorNamed(name: string): string | undefined {
      return activeCompetitorStmt.get(accountNameKey(name))?.id;
    },
    /** The hashes of the record's versions exchanged so far, the latest first. */
    seen(entity: string, key: string, limit = 1000): string[] {
      return seenStmt.all({ entity, key, limit }).map((row) => row.content_hash);
    },
    markSeen(entity: string, key: string, hash: string, at: string): void {
      markSeenStmt.run({ entity, key, hash, at });
    },
  };
}
