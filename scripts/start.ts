import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { exitWhenOrphaned } from '../electron/orphan.ts';
import { ensureRendererBuilt } from '../electron/serve.ts';
import { buildElectron } from './build-electron.ts';

type Env = Readonly<Record<string, string | undefined>>;

export type ElectronRuntime = { ok: true; binary: string } | { ok: false; reason: string };

export type FindElectronOptions = {
  /** node_modules/electron */
  electronDir: string;
  env: Env;
  platform: NodeJS.Platform;
  /** How long the first-run download may take before we give up on it. */
  installTimeoutMs: number;
  /** Told before a download starts, since it can take a while. */
  notify: (message: string) => void;
};

const INSTALL_TIMEOUT_MS = 90_000;
const PROBE_TIMEOUT_MS = 15_000;

/**
 * The Electron executable, if the electron package has one on disk. Mirrors its index.js
 * without requiring it: that would start a download with its output on our terminal.
 */
export function electronBinaryPath(electronDir: string, env: Env): string | undefined {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined;
  if (env.ELECTRON_OVERRIDE_DIST_PATH)
    return path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
  if (!relative) return undefined;
  const binary = path.join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : undefined;
}

/**
 * Finds a runnable Electron: on disk, or fetched by the package's own install.js within a time
 * limit; then checks that it really executes and, on Linux, that there is a display to open.
 */
export function findElectronRuntime(options: FindElectronOptions): ElectronRuntime {
  const { electronDir, env, platform } = options;
  let binary = electronBinaryPath(electronDir, env);
  if (!binary) {
    const seconds = Math.round(options.installTimeoutMs / 1000);
    options.notify(
      `Electron's runtime is not installed yet; downloading it (giving up after ${seconds} s)…`,
    );
    const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.installTimeoutMs,
    });
    binary = electronBinaryPath(electronDir, env);
    if (!binary) {
      const why =
        install.error?.message.includes('ETIMEDOUT') || install.signal
          ? `the download did not finish within ${seconds} s`
          : `the download failed: ${lastLine(`${install.stderr ?? ''}${install.stdout ?? ''}`) || `exit code ${install.status}`}`;
      return {
        ok: false,
        reason: `its runtime is not installed and ${why} (run "npx install-electron" to fetch it without a time limit)`,
      };
    }
  }

  // ELECTRON_RUN_AS_NODE starts no window, so this works anywhere the binary itself can run.
  const probe = spawnSync(binary, ['--version'], {
    env: { ...env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: PROBE_TIMEOUT_MS,
  });
  if (probe.error || probe.status !== 0) {
    const why =
      probe.error?.message ?? (lastLine(probe.stderr ?? '') || `exit code ${probe.status}`);
    return { ok: false, reason: `its runtime at ${binary} does not run (${why})` };
  }
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return {
      ok: false,
      reason: 'there is no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set)',
    };
  }
  return { ok: true, binary };
}

function lastLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .at(-1) ?? ''
  );
}

/** Passes Ctrl+C and kill to the child, and leaves with the child's exit code. */
function follow(child: ChildProcess): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  exitWhenOrphaned(() => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startBrowserShell(root: string, args: string[], reason: string): void {
  process.stdout.write(
    `Electron could not start: ${reason}.\n` +
      'Starting the browser shell instead: open the address below in a browser on this machine.\n',
  );
  follow(
    spawn(process.execPath, [path.join(root, 'electron', 'serve.ts'), ...args], {
      stdio: 'inherit',
    }),
  );
}

async function main(): Promise<void> {
  const root = path.resolve(import.meta.dirname, '..');
  const args = process.argv.slice(2);
  process.stderr.write('Building Deal Workbench…\n');
  await ensureRendererBuilt(root);
  await buildElectron(root);

  const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const runtime = findElectronRuntime({
    electronDir,
    env: process.env,
    platform: process.platform,
    installTimeoutMs: INSTALL_TIMEOUT_MS,
    notify: (message) => process.stderr.write(`${message}\n`),
  });
  if (!runtime.ok) return startBrowserShell(root, args, runtime.reason);

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const electron = spawn(runtime.binary, [root, ...args], { stdio: 'inherit', env });
  electron.once('error', (error) =>
    startBrowserShell(root, args, `${runtime.binary} failed to start (${error.message})`),
  );
  electron.once('spawn', () => follow(electron));
}

if (import.meta.main) {
  await main().catch((error: unknown) => {
    process.stderr.write(`npm start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
