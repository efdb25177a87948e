import type Database from 'better-sqlite3-multiple-ciphers';

/** Mirrors the settings table exactly: one row per setting, the value as JSON. */
type SettingRow = { key: string; value: string };

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;

export function createSettingsRepo(db: Database.Database) {
  const getStmt = db.prepare<[string], SettingRow>('SELECT * FROM settings WHERE key = ?');
  const putStmt = db.prepare<SettingRow>(
    'INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );

  const removeStmt = db.prepare<[string]>('DELETE FROM settings WHERE key = ?');

  return {
    /** The stored value, or undefined when the setting was never chosen. */
    get(key: string): unknown {
      const row = getStmt.get(key);
      return row && (JSON.parse(row.value) as unknown);
    },
    put(key: string, value: unknown): void {
      putStmt.run({ key, value: JSON.stringify(value) });
    },
    /** Back to never chosen (undoing a first choice). */
    remove(key: string): void {
      removeStmt.run(key);
    },
  };
}
