import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { E2E_NOW, E2E_TIME_ZONE } from './clock.ts';
import { E2E_RENDERER_DIR } from './globalSetup.ts';

const READY = /^Deal Workbench ready at (http:\/\/127\.0\.0\.1:(\d+)\/)#token=([\w-]+)$/;

export type Shell = {
  /** The page URL with the launch token in its fragment. */
  url: string;
  origin: string;
  token: string;
  stop(): Promise<number | null>;
};

export type ShellOptions = {
  dbPath: string;
  lang?: 'en' | 'zh-CN';
  /** The instant the shell's clock starts at (default E2E_NOW); it runs on from there. */
  now?: string;
  /** The passphrase of an encrypted workspace, given as DEAL_WORKBENCH_PASSPHRASE. */
  passphrase?: string;
};

export function tempDbPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'dw-e2e-')), 'workspace.sqlite');
}

/** Starts the real browser shell (`node electron/serve.ts`) and waits for its ready line. */
export async function startShell({
  dbPath,
  lang = 'en',
  now = E2E_NOW,
  passphrase = '',
}: ShellOptions): Promise<Shell> {
  const child = spawn(process.execPath, ['electron/serve.ts', '--db', dbPath, '--port', '0'], {
    env: {
      ...process.env,
      LANG: lang === 'zh-CN' ? 'zh_CN.UTF-8' : 'en_US.UTF-8',
      LC_ALL: '',
      // The e2e clock (clock.ts): "today" in the shell is the browser's.
      TZ: E2E_TIME_ZONE,
      DEAL_WORKBENCH_NOW: now,
      // globalSetup built the renderer once; the shells must not rebuild it under each other.
      DEAL_WORKBENCH_STATIC_DIR: E2E_RENDERER_DIR,
      // The user-data folder (the recent-workspaces list) in the test's own folder, not the user's.
      XDG_CONFIG_HOME: dirname(dbPath),
      DEAL_WORKBENCH_PASSPHRASE: passphrase,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const line = await firstLine(child);
  const match = READY.exec(line ?? '');
  if (!match) {
    child.kill('SIGKILL');
    throw new Error(`browser shell did not start: ${line ?? '(no output)'}\n${stderr}`);
  }
  return {
    url: `${match[1]}#token=${match[3]}`,
    origin: match[1]!.replace(/\/$/, ''),
    token: match[3]!,
    stop: () => stop(child),
  };
}

function firstLine(child: ChildProcess): Promise<string | null> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (l) => resolve(l));
    // 'close', not 'exit': by then all of stderr has been read, for the error that follows.
    child.once('close', () => resolve(null));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
