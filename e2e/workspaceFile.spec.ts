import { truncateSync } from 'node:fs';
import { test, expect } from './fixtures.ts';

// The workspace as a file (issue 13), through the browser shell's transport: a backup and its
// restore, and an emptied file that the shell opens empty instead of refilling with the demo.

test('a backup restored over HTTP takes the workspace back, and the page shows it', async ({
  page,
  request,
  workbench,
}) => {
  const { origin, token } = workbench.shell;
  const post = (channel: string, data: unknown = {}) =>
    request.post(`${origin}/rpc/${channel}`, {
      data,
      headers: { Authorization: `Bearer ${token}` },
    });

  const backup = await post('workspace.backupNow');
  expect(backup.status()).toBe(200);
  expect(backup.headers()['x-changed']).toBe('backup');
  const { id } = (await backup.json()) as { id: string };

  await workbench.rpc('accounts.create', { name: 'Wuxi Huaguang Instruments' });
  await page.reload();
  await expect(page.getByRole('cell', { name: 'Wuxi Huaguang Instruments' })).toBeVisible();

  const traversal = await post('workspace.restore', { id: '../workspace.sqlite' });
  expect(traversal.status()).toBe(400);
  expect((await traversal.json()).error.issues[0]).toMatchObject({ path: ['id'] });
  const unknown = await post('workspace.restore', {
    id: 'workspace.20200101T000000000Z.manual.sqlite',
  });
  expect(unknown.status()).toBe(404);

  const restored = await post('workspace.restore', { id });
  expect(restored.status()).toBe(200);
  expect(restored.headers()['x-changed']?.split(',')).toEqual(
    expect.arrayContaining(['account', 'person', 'opportunity', 'backup']),
  );
  const { safetyCopy } = (await restored.json()) as { safetyCopy: string };
  expect(safetyCopy).toMatch(/\.beforeRestore\.sqlite$/);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Wuxi Huaguang Instruments' })).toHaveCount(0);

  // The restored file is the one opened after a restart.
  await workbench.restart();
  await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Wuxi Huaguang Instruments' })).toHaveCount(0);
});

test('an emptied workspace file opens empty, and gets the demo only when asked', async ({
  workbench,
}) => {
  const demo = await workbench.rpc<unknown[]>('accounts.list', {});
  expect(demo.length).toBeGreaterThan(0);
  // The backup taken at open, then a clean stop (no WAL left) so the file can be emptied whole.
  await expect.poll(() => workbench.rpc<unknown[]>('workspace.backups')).toHaveLength(1);
  expect(await workbench.shell.stop()).toBe(0);
  truncateSync(workbench.dbPath, 0);
  await workbench.restart();

  expect(await workbench.rpc('accounts.list', {})).toEqual([]);
  expect(await workbench.rpc('workspace.info')).toMatchObject({
    state: 'emptyFile',
    newestBackup: { reason: 'open', counts: { accounts: demo.length } },
  });
  expect(await workbench.rpc('workspace.loadDemo')).toMatchObject({ state: 'ok' });
  expect(await workbench.rpc<unknown[]>('accounts.list', {})).toHaveLength(demo.length);
});
