import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { startBrowserHost, type BrowserHost } from './http/browserHost.ts';
import { systemLocaleFromEnv } from './locale.ts';
import { defaultWorkspacePath } from './paths.ts';
import { describeStartupError } from './startupError.ts';
import { openWorkspace, PassphraseError, type Workspace } from './workspace.ts';
import { networkShareWarning } from './networkShare.ts';
import { exitWhenOrphaned } from './orphan.ts';
import { RECENT_FILE } from './recentWorkspaces.ts';
import { passphraseForServe, PromptCancelled } from './passphrasePrompt.ts';
import { BROWSER_LOG_FILE, createAppLog, type AppLog } from './appLog.ts';
import type { Router } from './router.ts';

type Env = Readonly<Record<string, string | undefined>>;

const require = createRequire(import.meta.url);

export const HELP = `Usage: npm run serve -- [--db PATH] [--port N]

Starts the Deal Workbench browser shell on 127.0.0.1 and prints the address to open.

  --db PATH   workspace file (default: $DEAL_WORKBENCH_DB, else the user-data folder)
  --port N    port, 0 for any free one (default: $DEAL_WORKBENCH_PORT, else one of its own for
              each workspace, so the browser keeps the app's files between launches; any
              free one when that is taken)
  --help      show this help

An encrypted workspace opens with the passphrase in DEAL_WORKBENCH_PASSPHRASE or, when started
from a terminal, one typed at a prompt (not shown). A wrong one is refused and changes nothing.

It serves the renderer that \`npm run build\` put in dist/renderer; when that is missing or older
than its sources, it is built first, in a separate process.
DEAL_WORKBENCH_STATIC_DIR serves a ready-made renderer folder as is (for tests).
DEAL_WORKBENCH_NOW starts the clock at an instant, such as 2026-11-23T10:00:00+08:00, and lets
it run on from there (for tests: a new workspace's demo and "today" are then always the same).
`;

/** `port: null`: the workspace's own port (workspacePort), or any free one when it is taken. */
export type ServeArgs = { help: true } | { help: false; dbPath: string; port: number | null };

export class UsageError extends Error {
  override name = 'UsageError';
}

/** `--db PATH --port N --help`, also as `--db=PATH`; env variables and the default path fill the gaps. */
export function parseServeArgs(
  argv: readonly string[],
  env: Env,
  defaultDbPath: () => string,
): ServeArgs {
  const values: { db?: string; port?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { help: true };
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [name, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (name !== '--db' && name !== '--port') throw new UsageError(`Unknown argument: ${arg}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value.`);
    values[name === '--db' ? 'db' : 'port'] = value;
  }
  const dbPath = values.db ?? (env.DEAL_WORKBENCH_DB || defaultDbPath());
  const port =
    values.port !== undefined
      ? parsePort(values.port, '--port')
      : env.DEAL_WORKBENCH_PORT
        ? parsePort(env.DEAL_WORKBENCH_PORT, 'DEAL_WORKBENCH_PORT')
        : null;
  return { help: false, dbPath, port };
}

/**
 * The same port for a workspace at every launch (20000–29999, below every OS's ephemeral range):
 * the page's origin stays the same, so the browser's cache of the app's hashed files survives a
 * relaunch. The launch token still changes every time.
 */
export function workspacePort(dbPath: string): number {
  return (
    20000 + (createHash('sha256').update(path.resolve(dbPath)).digest().readUInt32BE(0) % 10000)
  );
}

function parsePort(value: string, source: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535))
    throw new UsageError(`${source} must be a port number from 0 to 65535, not "${value}".`);
  return port;
}

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The clock of the browser shell: the system's, or, when DEAL_WORKBENCH_NOW names an instant,
 * one that starts there and runs on at the system's pace, so writes stay in order.
 */
export function clockFromEnv(env: Env, systemNow: () => number = Date.now): () => Date {
  const value = env.DEAL_WORKBENCH_NOW;
  if (!value) return () => new Date(systemNow());
  const parts = INSTANT.exec(value);
  const [year, month, day] = (parts ?? []).slice(1).map(Number);
  const start = Date.parse(value);
  const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (
    parts === null ||
    Number.isNaN(start) ||
    month! < 1 ||
    month! > 12 ||
    day! < 1 ||
    day! > daysInMonth(year!, month!)
  ) {
    throw new UsageError(
      `DEAL_WORKBENCH_NOW must be a date and time with its time zone, such as 2026-11-23T10:00:00+08:00, not "${value}".`,
    );
  }
  const offset = start - systemNow();
  return () => new Date(systemNow() + offset);
}

// What the renderer build reads, relative to the project root.
const RENDERER_INPUTS = ['renderer', 'shared', 'vite.config.ts'];

/** True when dist/renderer/index.html is missing or older than any renderer input. */
export function isRendererStale(root: string): boolean {
  let built: number;
  try {
    built = statSync(path.join(root, 'dist', 'renderer', 'index.html')).mtimeMs;
  } catch {
    return true;
  }
  return RENDERER_INPUTS.some((input) => newestMtime(path.join(root, input)) > built);
}

function newestMtime(target: string): number {
  let info;
  try {
    info = statSync(target);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** How the renderer gets built: ok, or the build's own output when it failed. */
export type RendererBuild = (root: string) => Promise<{ ok: true } | { ok: false; output: string }>;

/**
 * `vite build` in a process of its own, as `npm run build` runs it: the ~1 GB a build takes is
 * given back when it exits instead of staying with the shell that serves the files.
 */
export const viteBuildProcess: RendererBuild = (root) =>
  new Promise((resolve) => {
    const vite = path.join(path.dirname(require.resolve('vite')), '..', '..', 'bin', 'vite.js');
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', (error) => resolve({ ok: false, output: error.message }));
    child.once('close', (code, signal) =>
      resolve(
        code === 0
          ? { ok: true }
          : {
              ok: false,
              output: output || `vite build stopped (${signal ?? `exit code ${code}`})`,
            },
      ),
    );
  });

/**
 * The folder to serve: dist/renderer as `npm run build` made it, built first (in a separate
 * process) when it is missing or older than its sources. A failed build is an error that says
 * what to run for its details.
 */
export async function ensureRendererBuilt(
  root: string,
  {
    build = viteBuildProcess,
    notify = () => {},
  }: { build?: RendererBuild; notify?: (message: string) => void } = {},
): Promise<string> {
  const outDir = path.join(root, 'dist', 'renderer');
  if (!isRendererStale(root)) return outDir;
  notify('Building the renderer first: dist/renderer is missing or older than its sources…');
  const result = await build(root);
  if (!result.ok) {
    // Vite's message spans lines and colours; its last lines are enough to say what to look at.
    const reason = stripVTControlCharacters(result.output)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .slice(-3)
      .join(' ');
    throw new Error(`The renderer build failed (run "npm run build" for details): ${reason}`);
  }
  try {
    statSync(path.join(outDir, 'index.html'));
  } catch {
    throw new Error(
      `The renderer build left no ${path.join(outDir, 'index.html')}; run "npm run build".`,
    );
  }
  return outDir;
}

/**
 * The browser shell's log: the Electron shell's (appLog.ts, no customer data in it) in the same
 * user-data folder's logs/, as browser.log. The terminal keeps its own lines (stdout: the ready
 * line; stderr: problems in full), so the log writes to its file only.
 */
export function createServeLog(userData: string, home: string, logId?: string): AppLog {
  return createAppLog({
    logsDir: path.join(userData, 'logs'),
    fileName: BROWSER_LOG_FILE,
    home,
    console: false,
    ...(logId ? { logId } : {}),
  });
}

/** The router, logging a switch to another workspace file (opened or created from the page). */
export function loggingSwitches(router: Router, current: () => string, log: AppLog): Router {
  return {
    async dispatch(channel, input) {
      const before = current();
      const result = await router.dispatch(channel, input);
      if (result.ok && (channel === 'workspace.open' || channel === 'workspace.create'))
        log.workspaceSwitched(before, current(), channel);
      return result;
    },
  };
}

/** A startup problem with a message fit for the user as is. */
class StartupFailure extends Error {
  override name = 'StartupFailure';
}

/** The serve CLI: the one stdout line is the ready URL; everything else goes to stderr. */
async function main(): Promise<void> {
  const root = path.resolve(import.meta.dirname, '..');
  let workspace: Workspace | undefined;
  let host: BrowserHost | undefined;
  let stopping = false;
  let log: AppLog | undefined;
  const closeWorkspace = () => {
    if (workspace) log?.workspaceClosed(workspace.path);
    workspace?.close();
  };

  // Whatever is open when the signal comes (even mid-startup) is closed before exiting.
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await host?.close();
    closeWorkspace();
    log?.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  exitWhenOrphaned(() => void stop());

  try {
    const args = parseServeArgs(process.argv.slice(2), process.env, () =>
      defaultWorkspacePath(process.platform, process.env, homedir()),
    );
    if (args.help) {
      process.stdout.write(HELP);
      return;
    }
    const now = clockFromEnv(process.env);
    // The recent list and the log live in the user-data folder, beside the default workspace.
    const userData = path.dirname(defaultWorkspacePath(process.platform, process.env, homedir()));
    const dbPath = path.resolve(args.dbPath);
    const appLog = createServeLog(userData, homedir());
    log = appLog;
    const version = appVersion(root);
    appLog.info('startup', {
      version,
      shell: 'browser',
      node: process.versions.node,
      platform: process.platform,
      arch: process.arch,
    });
    // A failure to open names the file: the log shows its token instead.
    appLog.knowWorkspace(dbPath);
    const passphrase = await askPassphrase(dbPath);
    const opened = openWorkspaceAt(dbPath, version, now, {
      recentListPath: path.join(userData, RECENT_FILE),
      passphrase,
      log: appLog,
    });
    workspace = opened;
    appLog.workspaceOpened(dbPath, 'start');
    const shareWarning = networkShareWarning(dbPath);
    if (shareWarning) {
      process.stderr.write(`deal-workbench serve: ${shareWarning}\n`);
      appLog.warn(shareWarning);
    }
    const staticDir =
      process.env.DEAL_WORKBENCH_STATIC_DIR ||
      (await ensureRendererBuilt(root, {
        notify: (message) => process.stderr.write(`deal-workbench serve: ${message}\n`),
      }));
    const router = loggingSwitches(opened.router, () => opened.path, appLog);
    host = await listen(router, staticDir, args.port ?? workspacePort(dbPath), appLog).catch(
      (error: unknown) => {
        // The workspace's own port is busy (another program, or this workspace served twice).
        if (args.port === null && error instanceof StartupFailure)
          return listen(router, staticDir, 0, appLog);
        throw error;
      },
    );
    appLog.info('ready', { port: new URL(host.url).port });
    process.stdout.write(`Deal Workbench ready at ${host.url}\n`);
    // Off the start path: the weekly snapshot waits for a pause after the first screen.
    workspace.ready();
  } catch (error) {
    log?.error('startup', error);
    closeWorkspace();
    const message =
      error instanceof UsageError
        ? `${error.message} See --help.`
        : error instanceof StartupFailure
          ? error.message
          : `could not start: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`deal-workbench serve: ${message}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  }
}

async function askPassphrase(dbPath: string): Promise<string | undefined> {
  try {
    return await passphraseForServe(dbPath, process.env, {
      input: process.stdin,
      output: process.stderr,
    });
  } catch (error) {
    if (error instanceof PromptCancelled)
      throw new StartupFailure(`${error.message} The workspace ${dbPath} was not opened.`);
    throw error;
  }
}

const appVersion = (root: string) =>
  (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string })
    .version;

function openWorkspaceAt(
  dbPath: string,
  version: string,
  now: () => Date,
  {
    recentListPath,
    passphrase,
    log,
  }: { recentListPath: string; passphrase: string | undefined; log: AppLog },
): Workspace {
  try {
    mkdirSync(path.dirname(dbPath), { recursive: true });
    return openWorkspace({
      dbPath,
      now,
      ...(passphrase === undefined ? {} : { passphrase }),
      systemLocale: systemLocaleFromEnv(
        process.env,
        Intl.DateTimeFormat().resolvedOptions().locale,
      ),
      appVersion: version,
      onInternalError: (channel, error) => {
        console.error(`Internal error in ${channel}:`, error);
        log.error(`Internal error in ${channel}`, error);
      },
      recentListPath,
    });
  } catch (error) {
    const hint =
      error instanceof PassphraseError && error.kind === 'required'
        ? ' Set DEAL_WORKBENCH_PASSPHRASE, or start it from a terminal to be asked for it.'
        : '';
    throw new StartupFailure(describeStartupError(error, dbPath) + hint);
  }
}

async function listen(
  router: Router,
  staticDir: string,
  port: number,
  log: AppLog,
): Promise<BrowserHost> {
  try {
    return await startBrowserHost({
      router,
      staticDir,
      port,
      onInternalError: (error) => {
        console.error('Internal error in the browser host:', error);
        log.error('Internal error in the browser host', error);
      },
      onClientGone: (request) =>
        process.stderr.write(
          `deal-workbench serve: the client left before the answer to ${request}\n`,
        ),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new StartupFailure(
        `Port ${port} is already in use; choose another with --port (0 picks a free one).`,
      );
    }
    if (code === 'EACCES')
      throw new StartupFailure(
        `Port ${port} may not be opened by this user; choose another with --port.`,
      );
    throw error;
  }
}

if (import.meta.main) await main();
