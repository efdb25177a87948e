import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_LOG_FILE, workspaceToken } from './appLog.ts';
import { APP_NAME } from './paths.ts';

// The browser shell's log (issue 15): the Electron shell's log module, in the same user-data
// folder, with no customer data in it — no names, no record contents, no paths in clear.

const SERVE = path.join(import.meta.dirname, 'serve.ts');
const READY = /^Deal Workbench ready at http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]{43})\n$/;

let tmp: string;
let home: string;
let staticDir: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'dw-serve-log-'));
  // A home folder named after its user, as on a real machine.
  home = path.join(tmp, 'zhang.wei');
  staticDir = path.join(tmp, 'static');
  mkdirSync(staticDir, { recursive: true });
  mkdirSync(home, { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<title>Deal Workbench</title>');
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const env = () => ({
  ...process.env,
  HOME: home,
  XDG_CONFIG_HOME: path.join(home, '.config'),
  DEAL_WORKBENCH_STATIC_DIR: staticDir,
  DEAL_WORKBENCH_PASSPHRASE: '',
});
const logFile = () => path.join(home, '.config', APP_NAME, 'logs', BROWSER_LOG_FILE);

function start(dbPath: string) {
  const child = spawn(process.execPath, [SERVE, '--db', dbPath, '--port', '0'], { env: env() });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      if (stdout.includes('\n')) resolve(stdout);
    });
    child.on('close', () => reject(new Error(`serve exited early: ${stderr}`)));
  });
  return { child, exited, ready, output: () => ({ stdout, stderr }) };
}

describe('the browser shell’s log', () => {
  it('records startup, workspaces by their token, and the stop, without customer data', async () => {
    const first = path.join(home, '客户资料', '天普电力 Deals.sqlite');
    const second = path.join(home, 'Acme Corp', 'Acme pipeline.sqlite');
    mkdirSync(path.dirname(second), { recursive: true });
    const shell = start(first);
    const line = await shell.ready;
    // The terminal still gets its ready line, and only that, on stdout.
    const [, port, token] = READY.exec(line) ?? [];
    expect(port).toBeDefined();
    const rpc = async (channel: string, input: unknown) => {
      const response = await fetch(`http://127.0.0.1:${port}/rpc/${channel}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    expect((await rpc('accounts.create', { name: '华东电力设计院' })).status).toBe(200);
    // A refusal that echoes a value does not reach the log either.
    expect((await rpc('accounts.create', { name: '华东电力设计院' })).status).not.toBe(200);
    expect((await rpc('workspace.create', { path: second, withDemo: false })).status).toBe(200);
    expect((await rpc('accounts.create', { name: 'Globex Holdings' })).status).toBe(200);

    shell.child.kill('SIGTERM');
    expect(await shell.exited).toBe(0);
    expect(shell.output().stdout).toBe(line);

    const text = readFileSync(logFile(), 'utf8');
    expect(text).toMatch(/\[info\]\s+startup version=\S+ shell=browser node=\S+ platform=\S+/);
    expect(text).toContain(`workspace opened (start) ${workspaceToken(first)}`);
    expect(text).toContain(`workspace closed ${workspaceToken(first)}`);
    expect(text).toContain(`workspace opened (workspace.create) ${workspaceToken(second)}`);
    expect(text).toContain(`workspace closed ${workspaceToken(second)}`);
    expect(text).toMatch(/\[info\]\s+stopped/);
    for (const secret of [
      '客户',
      '天普',
      'Deals',
      '华东',
      'Acme',
      'Globex',
      'pipeline',
      'zhang',
      tmp,
      token!,
    ])
      expect(text).not.toContain(secret);
  }, 30_000);

  it('logs a failed start redacted: the file the user named is its token', async () => {
    const notWorkspace = path.join(home, 'Li Na notes', '李娜的客户.sqlite');
    mkdirSync(path.dirname(notWorkspace), { recursive: true });
    writeFileSync(notWorkspace, 'Dear Li Na, the offer for 天普 is attached.'.repeat(200));
    const shell = start(notWorkspace);
    await expect(shell.ready).rejects.toThrow();
    expect(await shell.exited).toBe(1);
    // The terminal says what went wrong in full.
    expect(shell.output().stderr).toContain('deal-workbench serve:');

    const text = readFileSync(logFile(), 'utf8');
    const failure = text.split('\n').find((l) => l.includes('[error] startup:'));
    expect(failure, text).toBeDefined();
    for (const secret of ['Li Na', '李娜', '天普', 'notes', 'zhang', tmp])
      expect(text).not.toContain(secret);
  }, 30_000);
});
