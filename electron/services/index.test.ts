import { describe, expect, it } from 'vitest';
import { openStore } from '../store/connection.ts';
import { createServices } from './index.ts';
import { tickingClock } from './testing.ts';

describe('createServices', () => {
  it('builds the repositories once per connection: no statement is prepared twice', () => {
    const { db } = openStore(':memory:', tickingClock());
    const prepared = new Map<string, number>();
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      prepared.set(sql, (prepared.get(sql) ?? 0) + 1);
      return prepare(sql);
    }) as typeof db.prepare;

    createServices({
      db,
      now: tickingClock(),
      systemLocale: 'en',
      appVersion: '0.0.0-test',
      workspacePath: ':memory:',
    });

    expect(prepared.size).toBeGreaterThan(50);
    const twice = [...prepared].filter(([, n]) => n > 1).map(([sql]) => sql.trim().slice(0, 60));
    expect(twice).toEqual([]);
  });
});
