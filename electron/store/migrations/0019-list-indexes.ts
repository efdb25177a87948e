import type { Migration } from './migration.ts';

// Team scale (issue 16): the accounts list counts each account's active people and open deals.
// With the status and archived flags in the indexes those counts read the index alone, not every
// person and deal row; the list's order (name_key, id) is read from an index instead of sorted.
// The old single-column indexes are prefixes of the new ones, so they go.
export const listIndexes: Migration = {
  version: 19,
  name: 'list-indexes',
  up(db) {
    db.exec(`
      DROP INDEX people_account;
      CREATE INDEX people_account_archived ON people (account_id, archived);
      DROP INDEX opportunities_account;
      CREATE INDEX opportunities_account_status ON opportunities (account_id, status);
      CREATE INDEX accounts_name ON accounts (name_key, id);
    `);
  },
};
