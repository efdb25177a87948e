import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FEATURES = path.resolve(__dirname, '../features');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

// Writes go through renderer/data (useWrite), which refreshes what the server says changed;
// a feature that touches the cache by hand is how views went stale before.
const FORBIDDEN =
  /\.(invalidateQueries|setQueryData|setQueriesData|refetchQueries|removeQueries)\(|\buseMutation\(/;

describe('renderer/features', () => {
  it('never invalidates or sets cached queries by hand, nor writes outside useWrite', () => {
    const offenders = sources(FEATURES).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          FORBIDDEN.test(line) ? [`${path.relative(FEATURES, file)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(offenders).toEqual([]);
  });
});
