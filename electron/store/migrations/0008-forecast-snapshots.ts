import type { Migration } from './migration.ts';

// Weekly forecast snapshots (DOMAIN.md §4 "Forecast", issue 6). lines: JSON array of forecast
// lines frozen at taken_at; line_count and totals (open deals per currency, JSON) are computed
// once when it is taken, so the list never reads the lines. Immutable: UPDATE and DELETE are
// refused by triggers.
export const forecastSnapshots: Migration = {
  version: 8,
  name: 'forecast-snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE forecast_snapshots (
        id TEXT PRIMARY KEY,
        taken_at TEXT NOT NULL,
        week_of TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('manual', 'automatic')),
        note TEXT NOT NULL,
        lines TEXT NOT NULL,
        line_count INTEGER NOT NULL,
        totals TEXT NOT NULL
      ) STRICT;
      CREATE INDEX forecast_snapshots_taken ON forecast_snapshots (taken_at);
      CREATE TRIGGER forecast_snapshots_no_update BEFORE UPDATE ON forecast_snapshots
      BEGIN
        SELECT RAISE(ABORT, 'forecast snapshots are immutable');
      END;
      CREATE TRIGGER forecast_snapshots_no_delete BEFORE DELETE ON forecast_snapshots
      BEGIN
        SELECT RAISE(ABORT, 'forecast snapshots are immutable');
      END;
    `);
  },
};
