import { HISTORY_ENTITIES } from './schemas.ts';

/**
 * Every kind of record a write can touch: the ones history records, and the few kept out of
 * history (the buying-role list, forecast snapshots). A write's answer
 * names the kinds it touched, so the renderer knows which views to refresh.
 */
export const ENTITIES = [
  ...HISTORY_ENTITIES,
  'buying_role',
  'forecast_snapshot',
  // The workspace's backups (issue 13); a restore touches every kind above as well.
  'backup',
  // Imports (issue 14): committed, undone, or a column mapping remembered for a source.
  'import',
  // The recent-workspaces list; opening another file touches every kind above as well.
  'recent_workspace',
  // Unsaved form drafts and remembered list views (issue 15): the user's, kept out of history.
  'ui_draft',
  'view_state',
] as const;
export type Entity = (typeof ENTITIES)[number];

export function isEntity(name: string): name is Entity {
  return (ENTITIES as readonly string[]).includes(name);
}

/** The HTTP answer header that carries a write's touched entities, comma-separated. */
export const CHANGED_HEADER = 'X-Changed';
