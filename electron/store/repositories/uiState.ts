import type Database from 'better-sqlite3-multiple-ciphers';

/** Mirrors ui_drafts exactly. */
type DraftRow = { draft_key: string; value: string; saved_at: string };
/** Mirrors view_states exactly. */
type ViewStateRow = { list: string; state: string; updated_at: string };

export type UiStateRepo = ReturnType<typeof createUiStateRepo>;

export function createUiStateRepo(db: Database.Database) {
  const getDraft = db.prepare<[string], DraftRow>('SELECT * FROM ui_drafts WHERE draft_key = ?');
  const putDraft = db.prepare<DraftRow>(
    `INSERT INTO ui_drafts (draft_key, value, saved_at) VALUES (@draft_key, @value, @saved_at)
     ON CONFLICT (draft_key) DO UPDATE SET value = excluded.value, saved_at = excluded.saved_at`,
  );
  const deleteDraft = db.prepare<[string]>('DELETE FROM ui_drafts WHERE draft_key = ?');
  const pruneDrafts = db.prepare<[number]>(
    `DELETE FROM ui_drafts WHERE draft_key NOT IN
       (SELECT draft_key FROM ui_drafts ORDER BY saved_at DESC, draft_key LIMIT ?)`,
  );
  const clearDrafts = db.prepare('DELETE FROM ui_drafts');
  const getView = db.prepare<[string], ViewStateRow>('SELECT * FROM view_states WHERE list = ?');
  const putView = db.prepare<ViewStateRow>(
    `INSERT INTO view_states (list, state, updated_at) VALUES (@list, @state, @updated_at)
     ON CONFLICT (list) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const deleteView = db.prepare<[string]>('DELETE FROM view_states WHERE list = ?');

  return {
    draft: (key: string) => getDraft.get(key),
    putDraft: (row: DraftRow) => putDraft.run(row),
    deleteDraft: (key: string) => deleteDraft.run(key).changes > 0,
    /** Keeps the `keep` newest drafts. */
    pruneDrafts: (keep: number) => pruneDrafts.run(keep).changes,
    /** Forgets every draft: an erase must leave no copy of what it removed in a form's draft. */
    clearDrafts: () => clearDrafts.run().changes,
    view: (list: string) => getView.get(list),
    putView: (row: ViewStateRow) => putView.run(row),
    deleteView: (list: string) => deleteView.run(list).changes > 0,
  };
}
