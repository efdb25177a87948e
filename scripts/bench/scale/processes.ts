// The processes `npm run bench:scale` starts: the browser shell (`node electron/serve.ts`, as
// `npm run serve` runs it) and the bare echo server it is compared with.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';

const READY = /^Deal Workbench ready at (http:\/\/127\.0\.0\.1:(\d+)\/)#token=([\w-]+)$/;

export type Serve = {
  url: string;
  origin: string;
  token: string;
  pid: number;
  /** performance.now() when the process was spawned and when it printed its ready line. */
  spawnedAt: number;
  readyAt: number;
  stderr(): string;
  stop(): Promise<void>;
};

export type ServeOptions = {
  dbPath: string;
  lang: 'en' | 'zh-CN';
  /** A ready-built renderer; null serves as `npm run serve` does (building it when stale). */
  staticDir: string | null;
  /** Passed as --port; undefined lets serve choose as it does by default. */
  port?: number;
};

/**
 * Starts the browser shell on the real clock (the workspace's "today" is when it was generated),
 * the user-data folder beside the workspace, and waits for its ready line.
 */
export async function startServe(options: ServeOptions): Promise<Serve> {
  const args = ['electron/serve.ts', '--db', options.dbPath];
  if (options.port !== undefined) args.push('--port', String(options.port));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LANG: options.lang === 'zh-CN' ? 'zh_CN.UTF-8' : 'en_US.UTF-8',
    LC_ALL: '',
    XDG_CONFIG_HOME: dirname(options.dbPath),
  };
  delete env.DEAL_WORKBENCH_NOW;
  delete env.DEAL_WORKBENCH_PORT;
  delete env.DEAL_WORKBENCH_DB;
  delete env.DEAL_WORKBENCH_STATIC_DIR;
  if (options.staticDir) env.DEAL_WORKBENCH_STATIC_DIR = options.staticDir;
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const line = await firstLine(child);
  const readyAt = performance.now();
  const match = READY.exec(line ?? '');
  if (!match) {
    child.kill('SIGKILL');
    throw new Error(`browser shell did not start: ${line ?? '(no output)'}\n${stderr}`);
  }
  return {
    url: `${match[1]}#token=${match[3]}`,
    origin: match[1]!.replace(/\/$/, ''),
    token: match[3]!,
    pid: child.pid!,
    spawnedAt,
    readyAt,
    stderr: () => stderr,
    stop: () => stop(child),
  };
}

export type Echo = { origin: string; stop(): Promise<void> };

export async function startEcho(): Promise<Echo> {
  const child = spawn(process.execPath, [new URL('./echoServer.ts', import.meta.url).pathname], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = (await firstLine(child)) ?? '';
  const port = /^echo ready (\d+)$/.exec(line)?.[1];
  if (!port) {
    child.kill('SIGKILL');
    throw new Error(`echo server did not start: ${line}`);
  }
  return { origin: `http://127.0.0.1:${port}`, stop: () => stop(child) };
}

/** Resident and peak resident memory of a process, in bytes (Linux). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rss: kib('VmRSS') * 1024, peak: kib('VmHWM') * 1024 };
}

function firstLine(child: ChildProcess): Promise<string | null> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (l) => resolve(l));
    child.once('close', () => resolve(null));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
