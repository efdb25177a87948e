import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppLog, redact, workspaceToken } from './appLog.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'dw-log-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('redacting the log', () => {
  it('names a workspace by a short hash of its path, the same each time', () => {
    const token = workspaceToken('/home/li/华东电力.sqlite');
    expect(token).toMatch(/^workspace#[0-9a-f]{8}$/);
    expect(workspaceToken('/home/li/华东电力.sqlite')).toBe(token);
    expect(workspaceToken('/home/li/other.sqlite')).not.toBe(token);
  });

  it('takes out paths, names, e-mails, phone numbers, Chinese text and quoted values', () => {
    const workspace = '/home/li.wei/Deals/华东电力 2026.sqlite';
    const message = [
      `Cannot open ${workspace}: SQLITE_BUSY`,
      'at readFile (/home/li.wei/app/node_modules/x.js:10:5)',
      'value "王建国" for name, owner \'Zhang Wei\', mail wang.jg@ecepc.com.cn, phone +86 138 0013 8000',
      'exported C:\\Users\\li\\Desktop\\Acme_Corp pipeline.xlsx',
      '公司：天普电力',
    ].join('\n');
    const out = redact(message, { workspaces: [workspace], home: '/home/li.wei' });
    expect(out).toBe(
      [
        `Cannot open ${workspaceToken(workspace)}: SQLITE_BUSY`,
        'at readFile (~/app/node_modules/x.js:10:5)',
        'value <quoted> for name, owner <quoted>, mail <email>, phone <number>',
        'exported C:\\Users\\li\\Desktop\\Acme_Corp <file>.xlsx',
        '<text>',
      ].join('\n'),
    );
    for (const secret of [
      '华东',
      'li.wei',
      '王建国',
      'Zhang',
      'wang.jg',
      '138',
      'pipeline',
      '天普',
    ])
      expect(out).not.toContain(secret);
    // An unknown workspace file is still not named.
    expect(redact('at /data/客户A.sqlite')).toBe('at /data/<file>.sqlite');
  });

  it('leaves ordinary technical text alone', () => {
    const text = 'Error [SQLITE_CORRUPT]: database disk image is malformed at x.js:120:17';
    expect(redact(text)).toBe(text);
  });
});

describe('the log file', () => {
  it('records startup and workspaces, redacted errors with their stack, and rotates at its size', () => {
    const logsDir = path.join(tmp, 'userData', 'logs');
    {
      const workspace = path.join(tmp, '客户', '天普 Deals.sqlite');
      const appLog = createAppLog({
        logsDir,
        home: tmp,
        logId: 'test-main',
        maxBytes: 4096,
        console: false,
      });
      expect(appLog.file).toBe(path.join(logsDir, 'main.log'));
      appLog.info('startup', { version: '1.2.3', platform: 'win32', packaged: true });
      appLog.workspaceOpened(workspace, 'start');
      const failure = Object.assign(new Error(`cannot read ${workspace} for "王建国"`), {
        code: 'EACCES',
      });
      appLog.error('workspace.backup', failure);
      appLog.warn(`The passphrase for ${workspace} cannot be remembered.`);
      appLog.workspaceClosed(workspace);
      const text = readFileSync(appLog.file, 'utf8');
      expect(text).toContain('[info]  startup version=1.2.3 platform=win32 packaged=true');
      expect(text).toContain(`workspace opened (start) ${workspaceToken(workspace)}`);
      expect(text).toContain(
        `[error] workspace.backup: [EACCES] Error: cannot read ${workspaceToken(workspace)} for <quoted>`,
      );
      expect(text).toMatch(/\n\s+at .*appLog\.test\.ts/);
      expect(text).toContain(`workspace closed ${workspaceToken(workspace)}`);
      for (const secret of ['客户', '天普', 'Deals', '王建国', tmp])
        expect(text).not.toContain(secret);

      for (let i = 0; i < 200; i++) appLog.info('tick', { i });
      expect(readdirSync(logsDir).sort()).toEqual(['main.log', 'main.old.log']);
      expect(statSync(appLog.file).size).toBeLessThanOrEqual(4096 + 200);
      expect(existsSync(path.join(logsDir, 'main.old.log'))).toBe(true);
    }
  });
});
