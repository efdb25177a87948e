import { describe, expect, it } from 'vitest';

// Every source file of the features and pages, as text (test files aside).
const sources = import.meta.glob<string>(
  ['../{features,pages}/**/*.{ts,tsx}', '!../{features,pages}/**/*.test.{ts,tsx}'],
  { query: '?raw', import: 'default', eager: true },
);

// Writes go through renderer/data (useWrite), which refreshes what the server says changed;
// a feature that touches the cache by hand is how views went stale before. Reads outside a
// render go through data/read (useRead, useReload), other tasks' busy state through ui/useTask.
const FORBIDDEN =
  /\.(invalidateQueries|setQueryData|setQueriesData|refetchQueries|removeQueries|fetchQuery)\(|\b(useMutation|useQueryClient)\(/;

describe('renderer/features and pages', () => {
  it('never invalidates, sets or fetches cached queries by hand, nor writes outside useWrite', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(100);
    const offenders = Object.entries(sources).flatMap(([file, text]) =>
      text
        .split('\n')
        .flatMap((line, i) => (FORBIDDEN.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });
});
