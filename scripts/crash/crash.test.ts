import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/workspace.ts';
import { crashRounds, describeFigures, missing } from './crashRounds.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'dw-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('every acknowledged write survives SIGKILL at random moments, 5 rounds', async () => {
  const figures = await crashRounds({ dbPath: path.join(dir, 'workspace.sqlite'), rounds: 5 });
  // The figures for the closing note, in the test output.
  console.log(describeFigures(figures));
  expect(figures.acknowledgedPerRound).toHaveLength(5);
  expect(figures.acknowledgedPerRound.every((n) => n > 0)).toBe(true);
  expect(figures.lost).toEqual([]);
  expect(figures.integrity).toBe('ok');
}, 90_000);

it('the check names acknowledged writes the file does not hold', async () => {
  const dbPath = path.join(dir, 'check.sqlite');
  const workspace = openWorkspace({ dbPath, systemLocale: 'en', appVersion: 't', seedDemo: false });
  const created = await workspace.router.dispatch('accounts.create', { name: 'Acme' });
  workspace.close();
  const { id } = (created.ok ? created.data : undefined) as { id: string };

  expect(
    missing(dbPath, [
      { kind: 'account', id },
      { kind: 'update', id, version: 1 },
      { kind: 'account', id: 'never-written' },
      { kind: 'person', id: 'never-written-either' },
      { kind: 'update', id, version: 2 },
    ]),
  ).toEqual({
    lost: ['account never-written', 'person never-written-either', `update ${id} to v2`],
    integrity: 'ok',
  });
});
