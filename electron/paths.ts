import path from 'node:path';

export const APP_NAME = 'Deal Workbench';
export const WORKSPACE_FILE = 'workspace.sqlite';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The workspace file inside the folder Electron's app.getPath('userData') gives for APP_NAME,
 * so the browser shell and the Electron shell open the same workspace by default.
 */
export function defaultWorkspacePath(platform: NodeJS.Platform, env: Env, homedir: string): string {
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(homedir, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_NAME, WORKSPACE_FILE);
  }
  if (platform === 'darwin') {
    return path.posix.join(homedir, 'Library', 'Application Support', APP_NAME, WORKSPACE_FILE);
  }
  // Chromium's GetXDGDirectory: the variable when set and non-empty, else ~/.config.
  const config = env.XDG_CONFIG_HOME || path.posix.join(homedir, '.config');
  return path.posix.join(config, APP_NAME, WORKSPACE_FILE);
}

/** The value of `--db PATH` or `--db=PATH` in a command line, if any (last one wins). */
export function dbPathFromArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--db' && argv[i + 1] !== undefined) found = argv[i + 1];
    else if (arg.startsWith('--db=')) found = arg.slice('--db='.length);
  });
  return found || undefined;
}
