import { rebuildSearchIndex } from '../searchIndex.ts';
import type { Migration } from './migration.ts';

// Search everything (issue 15). search_index is an FTS5 table of search keys (shared/searchKeys.ts:
// words, every substring of Chinese text, its pinyin in full and as initials), one row per
// account, person, deal, competitor and negotiation sheet; search_docs says which record a row is.
// Triggers only note what changed in search_dirty, because SQL cannot compute pinyin: every write
// transaction indexes those records before it commits (electron/store/searchIndex.ts). FTS5's
// secure-delete is on, so an erased record's keys leave the index's pages too, not only its rows.
// Existing records are indexed here.
const watched = {
  accounts: { kind: 'account', columns: 'name, archived' },
  people: { kind: 'person', columns: 'name, title, department, phone, email, archived' },
  opportunities: { kind: 'opportunity', columns: 'name' },
  competitors: { kind: 'competitor', columns: 'name, archived' },
  negotiations: { kind: 'negotiation', columns: 'title, opportunity_id' },
} as const;

function triggers(table: keyof typeof watched): string {
  const { kind, columns } = watched[table];
  const mark = (row: 'NEW' | 'OLD') =>
    `INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('${kind}', ${row}.id);`;
  // A sheet is named by its deal: renaming the deal renames its sheets' entries.
  const sheets =
    table === 'opportunities'
      ? `INSERT OR IGNORE INTO search_dirty (kind, record_id)
           SELECT 'negotiation', id FROM negotiations WHERE opportunity_id = NEW.id;`
      : '';
  return `
    CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table}
      BEGIN ${mark('NEW')} END;
    CREATE TRIGGER ${table}_search_update AFTER UPDATE OF ${columns} ON ${table}
      BEGIN ${mark('NEW')} ${sheets} END;
    CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table}
      BEGIN ${mark('OLD')} END;`;
}

export const search: Migration = {
  version: 14,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE TABLE search_docs (
        -- the search_index rowid: kind × 2^40, + 2^39 when archived, + a sequence
        doc_id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        record_id TEXT NOT NULL,
        UNIQUE (kind, record_id)
      ) STRICT;
      CREATE TABLE search_dirty (
        kind TEXT NOT NULL,
        record_id TEXT NOT NULL,
        PRIMARY KEY (kind, record_id)
      ) STRICT, WITHOUT ROWID;
      CREATE VIRTUAL TABLE search_index USING fts5 (
        name, title, department, phone, email,
        tokenize = 'unicode61 remove_diacritics 0',
        prefix = '1 2 3'
      );
      INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
      ${Object.keys(watched)
        .map((table) => triggers(table as keyof typeof watched))
        .join('\n')}
    `);
    rebuildSearchIndex(db);
  },
};
