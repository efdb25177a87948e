import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  passphraseForServe,
  PromptCancelled,
  readHidden,
  type Terminal,
} from './passphrasePrompt.ts';
import { openWorkspace } from './workspace.ts';

// The browser shell and an encrypted workspace: the passphrase from DEAL_WORKBENCH_PASSPHRASE or
// typed at a terminal prompt without echo; a missing or wrong one ends it with a clear message,
// a non-zero exit code, and the file untouched.

const SERVE = path.join(import.meta.dirname, 'serve.ts');
const SECRET = 'open sesame, slowly';
let tmp: string;
let encrypted: string;
let staticDir: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'dwb-prompt-'));
  staticDir = path.join(tmp, 'static');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<title>Deal Workbench</title>');
  encrypted = path.join(tmp, 'secret.sqlite');
  const ws = openWorkspace({
    dbPath: encrypted,
    systemLocale: 'en',
    appVersion: '1',
    automaticBackups: false,
  });
  const result = await ws.router.dispatch('workspace.setPassphrase', { next: SECRET });
  expect(result.ok).toBe(true);
  ws.close();
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fake terminal: what is "typed" goes in, what is shown comes out. */
function terminal(isTTY = true) {
  const input = Object.assign(new PassThrough(), {
    isTTY,
    raw: [] as boolean[],
    setRawMode(raw: boolean) {
      this.raw.push(raw);
    },
  });
  const output = new PassThrough();
  let shown = '';
  output.on('data', (c: Buffer) => (shown += c.toString()));
  return { input, output, shown: () => shown } satisfies Terminal & Record<string, unknown>;
}

describe('readHidden', () => {
  it('reads a line in raw mode without echoing it, honouring backspace', async () => {
    const term = terminal();
    const answer = readHidden('Passphrase: ', term);
    term.input.write('pass\u007fsword 密码');
    term.input.write('\r');
    expect(await answer).toBe('password 密码');
    expect(term.shown()).toBe('Passphrase: \n');
    expect(term.input.raw).toEqual([true, false]);
  });

  it('is cancelled by Ctrl+C', async () => {
    const term = terminal();
    const answer = readHidden('Passphrase: ', term);
    term.input.write('abc\u0003');
    await expect(answer).rejects.toThrow(PromptCancelled);
    expect(term.input.raw).toEqual([true, false]);
  });
});

describe('passphraseForServe', () => {
  it('takes DEAL_WORKBENCH_PASSPHRASE without asking', async () => {
    const term = terminal();
    expect(await passphraseForServe(encrypted, { DEAL_WORKBENCH_PASSPHRASE: 'x' }, term)).toBe('x');
    expect(term.shown()).toBe('');
  });

  it('asks on a terminal for an encrypted file only', async () => {
    const plain = terminal();
    expect(await passphraseForServe(path.join(tmp, 'none.sqlite'), {}, plain)).toBeUndefined();
    expect(plain.shown()).toBe('');
    const noTty = terminal(false);
    expect(await passphraseForServe(encrypted, {}, noTty)).toBeUndefined();
    const term = terminal();
    const answer = passphraseForServe(encrypted, {}, term);
    term.input.write(`${SECRET}\n`);
    expect(await answer).toBe(SECRET);
    expect(term.shown()).toBe(`Passphrase for ${encrypted}: \n`);
  });
});

type Run = { code: number | null; stdout: string; stderr: string };

function runServe(env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SERVE, '--db', encrypted, '--port', '0'], {
      env: { ...process.env, DEAL_WORKBENCH_STATIC_DIR: staticDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      if (stdout.includes('\n')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('serve with an encrypted workspace', { timeout: 60_000 }, () => {
  it('refuses a wrong passphrase and a missing one with exit code 1, leaving the file alone', async () => {
    const before = readFileSync(encrypted);
    const wrong = await runServe({ DEAL_WORKBENCH_PASSPHRASE: 'not the passphrase' });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toBe(
      `deal-workbench serve: The passphrase does not open the workspace ${encrypted}. It was not changed.\n`,
    );
    const missing = await runServe({ DEAL_WORKBENCH_PASSPHRASE: '' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('is encrypted: its passphrase is needed to open it');
    expect(missing.stderr).toContain('Set DEAL_WORKBENCH_PASSPHRASE');
    expect(readFileSync(encrypted).equals(before)).toBe(true);
  });

  it('opens it with the right passphrase', async () => {
    const run = await runServe({ DEAL_WORKBENCH_PASSPHRASE: SECRET });
    expect(run.stdout).toMatch(/^Deal Workbench ready at http:\/\/127\.0\.0\.1:\d+\/#token=/);
    expect(run.code).toBe(0);
  });
});
