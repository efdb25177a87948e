import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron';
import { mkdirSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { toSupportedLocale, type Locale } from '../shared/enums.ts';
import type { Result } from '../shared/errors.ts';
import type { MenuCommand } from '../shared/menuCommands.ts';
import type { Settings } from '../shared/schemas.ts';
import type { RecentWorkspace } from '../shared/workspace.ts';
import { createAppLog } from './appLog.ts';
import { appMenuTemplate } from './appMenu.ts';
import { navigationDecision } from './externalLinks.ts';
import { fill, menuLabels, refusalReason, type MenuLabels } from './menuLabels.ts';
import { RECENT_FILE } from './recentWorkspaces.ts';
import type { Router } from './router.ts';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './http/securityHeaders.ts';
import { contentTypeOf, resolveStaticFile } from './http/staticFiles.ts';
import { isSameDocument, MENU_COMMAND_CHANNEL, registerPrintToPdf, registerRpc } from './ipc.ts';
import { APP_NAME, dbPathFromArgv, WORKSPACE_FILE } from './paths.ts';
import { describeStartupError } from './startupError.ts';
import { networkShareWarning } from './networkShare.ts';
import { rememberedPassphrases } from './rememberedPassphrase.ts';
import { openWorkspace, PassphraseError, type Workspace } from './workspace.ts';
import {
  loadWindowState,
  MIN_SIZE,
  restoredBounds,
  WINDOW_STATE_FILE,
  windowStateKeeper,
} from './windowState.ts';

// Composition root of the Electron shell: the only file besides preload.ts that imports 'electron'.

app.setName(APP_NAME);
app.enableSandbox();
// userData follows the name only when set before first use; pin it so serve and Electron agree.
app.setPath('userData', path.join(app.getPath('appData'), APP_NAME));

const appDir = app.getAppPath();
const rendererDir = path.join(appDir, 'dist', 'renderer');
// The renderer is served as app://bundle/…, not file://: a page of its own origin, so the CSP,
// the IPC sender check and the request filter below apply, and no file of the disk is reachable.
const APP_SCHEME = 'app';
const appOrigin = `${APP_SCHEME}://bundle`;
const indexUrl = `${appOrigin}/index.html`;
const preloadPath = path.join(appDir, 'dist-electron', 'preload.cjs');
// macOS takes the app's icon from its bundle (build/icon.icns); Windows and Linux windows get it here.
const windowIcon = path.join(appDir, 'dist-electron', 'icon.png');
const userData = app.getPath('userData');
// A rotating file in <userData>/logs, with no customer data in it (see appLog.ts).
const appLog = createAppLog({ logsDir: path.join(userData, 'logs'), home: homedir() });

// Before the app is ready: the scheme is standard (relative URLs) and secure (like https).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let workspace: Workspace | undefined;
let mainWindow: BrowserWindow | undefined;
/** The menu's and the native dialogs' language: the workspace's setting, else the system's. */
let locale: Locale = 'en';

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    // macOS: the app may be running with no window.
    if (!mainWindow) {
      if (workspace) createWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  // On macOS an app stays open without windows, until Quit; its Dock icon brings a window back.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (workspace && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('render-process-gone', (_event, _contents, details) =>
    appLog.warn(`The page's process ended: ${details.reason} (exit code ${details.exitCode}).`),
  );
  app.on('will-quit', () => {
    if (workspace) appLog.workspaceClosed(workspace.path);
    workspace?.close();
    workspace = undefined;
  });
  app.whenReady().then(start).catch(fail);
}

function start(): void {
  const dbPath = path.resolve(
    dbPathFromArgv(process.argv) ||
      process.env.DEAL_WORKBENCH_DB ||
      path.join(app.getPath('userData'), WORKSPACE_FILE),
  );
  locale = toSupportedLocale(app.getPreferredSystemLanguages()[0] ?? app.getLocale());
  appLog.info('startup', {
    version: app.getVersion(),
    electron: process.versions.electron ?? 'none',
    platform: process.platform,
    arch: process.arch,
    packaged: app.isPackaged,
    locale,
  });
  // An encrypted workspace's passphrase: given once as DEAL_WORKBENCH_PASSPHRASE, or set in
  // Settings, it is remembered sealed by the OS keychain (safeStorage) for the next start.
  const passphrases = rememberedPassphrases(
    path.join(app.getPath('userData'), 'passphrases.json'),
    safeStorage,
  );
  const given = process.env.DEAL_WORKBENCH_PASSPHRASE || undefined;
  const passphrase = given ?? passphrases.recall(dbPath);
  // Not remembering never stops the app: the passphrase is then asked for again next time.
  const remember = (next: string | null) => {
    try {
      if (!passphrases.remember(dbPath, next))
        appLog.warn('The passphrase cannot be remembered: no OS keychain is available.');
    } catch (error) {
      appLog.error('The passphrase could not be remembered', error);
    }
  };
  try {
    mkdirSync(path.dirname(dbPath), { recursive: true });
    workspace = openWorkspace({
      dbPath,
      systemLocale: locale,
      appVersion: app.getVersion(),
      onInternalError: (channel, error) => appLog.error(`Internal error in ${channel}`, error),
      recentListPath: path.join(app.getPath('userData'), RECENT_FILE),
      ...(passphrase === undefined ? {} : { passphrase }),
      onPassphraseChanged: remember,
    });
  } catch (error) {
    const hint =
      error instanceof PassphraseError
        ? ' Start Deal Workbench once with the passphrase in DEAL_WORKBENCH_PASSPHRASE; it is then remembered in the system keychain.'
        : '';
    fail(describeStartupError(error, dbPath) + hint);
    return;
  }
  appLog.workspaceOpened(dbPath, 'start');
  if (given !== undefined && workspace.encrypted) remember(given);
  const shareWarning = networkShareWarning(dbPath);
  if (shareWarning) appLog.warn(shareWarning);

  protocol.handle(APP_SCHEME, serveRenderer);
  secureSession();
  const router = menuFollowing(workspace.router, () => void setApplicationMenu());
  void setApplicationMenu();
  registerRpc(ipcMain, router, isSameDocument(indexUrl));
  registerPrintToPdf<WebContents>(ipcMain, isSameDocument(indexUrl), {
    chooseFile: async (sender, defaultPath) => {
      const options: Electron.SaveDialogOptions = {
        defaultPath,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const owner = BrowserWindow.fromWebContents(sender);
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
    defaultFolder: () => app.getPath('documents'),
    writeFile: writeFileWhole,
    joinPath: path.join,
  });

  createWindow();
  // The weekly snapshot and other due work wait for a pause after the first screen's requests.
  workspace.ready();
}

/** The main window, where it was last time (on a screen still there), showing the page. */
function createWindow(): BrowserWindow {
  const stateFile = path.join(userData, WINDOW_STATE_FILE);
  const saved = loadWindowState(stateFile);
  const bounds = restoredBounds(saved, screen.getAllDisplays(), screen.getPrimaryDisplay());
  const window = new BrowserWindow({
    title: APP_NAME,
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    ...(process.platform === 'darwin' ? {} : { icon: windowIcon }),
    show: false,
    webPreferences: {
      // Electronegativity asks to review preloads: this sandboxed one exposes only the bridge
      // (rpc, printToPdf) through contextBridge, no Node API.
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle click never opens a link in a new window (window.open is denied as well).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  mainWindow = window;
  if (saved?.maximized) window.maximize();
  if (saved?.fullScreen) window.setFullScreen(true);
  const keeper = windowStateKeeper(stateFile, window, {
    onError: (error) => appLog.error('The window’s place could not be saved', error),
  });
  window.on('resize', keeper.changed);
  window.on('move', keeper.changed);
  window.on('close', keeper.closing);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  void window.loadURL(indexUrl);
  return window;
}

/**
 * The same router, following what the page does: the menu is rebuilt after a call changed the
 * recent list or the language, and workspaces opened from the page are logged.
 */
function menuFollowing(inner: Router, rebuild: () => void): Router {
  return {
    async dispatch(channel, input) {
      const before = workspace?.path;
      const result = await inner.dispatch(channel, input);
      if (result.ok) {
        if (channel === 'workspace.open' || channel === 'workspace.create')
          loggedSwitch(before, channel);
        if (result.changed?.includes('recent_workspace') || channel === 'settings.update')
          rebuild();
      }
      return result;
    },
  };
}

function loggedSwitch(before: string | undefined, how: string): void {
  appLog.workspaceSwitched(before, workspace?.path, how);
}

/**
 * The application menu (appMenu.ts) in the workspace's language, with its recent list. The file
 * items call the session with paths chosen in native dialogs; its checks apply as to any caller.
 * Items the page carries out (import, export, print, shortcuts, about) are sent to it.
 */
async function setApplicationMenu(): Promise<void> {
  // Read quietly: a workspace whose settings cannot be read (damaged) keeps the last language.
  const settings = await workspace?.router.dispatch('settings.get', {});
  if (settings?.ok) locale = (settings.data as Settings).locale;
  const labels = menuLabels(locale);
  const recent = (await call<RecentWorkspace[]>('workspace.recent', {}, labels)) ?? [];
  const template = appMenuTemplate(
    {
      labels,
      recent,
      currentPath: workspace?.path,
      isPackaged: app.isPackaged,
      platform: process.platform,
      appName: APP_NAME,
    },
    {
      newWorkspace: () => void newWorkspace(labels),
      openWorkspace: () => void openWorkspaceFile(labels),
      saveCopy: () => void saveCopy(labels),
      openRecent: (filePath) => void switchWorkspace('workspace.open', { path: filePath }, labels),
      forgetMissing: (paths) => void forgetMissing(paths, labels),
      send: sendToPage,
      openDataFolder: () => void openDataFolder(labels),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** A menu command for the page; with no window (macOS), one is opened first. */
function sendToPage(command: MenuCommand): void {
  if (!mainWindow) {
    const window = createWindow();
    window.webContents.once('did-finish-load', () =>
      window.webContents.send(MENU_COMMAND_CHANNEL, command),
    );
    return;
  }
  mainWindow.webContents.send(MENU_COMMAND_CHANNEL, command);
}

async function forgetMissing(paths: string[], labels: MenuLabels): Promise<void> {
  // Each call rebuilds the menu with what is left of the list.
  for (const filePath of paths) await call('workspace.forgetRecent', { path: filePath }, labels);
}

/** The user-data folder (default workspace, recent list, logs) in the system's file manager. */
async function openDataFolder(labels: MenuLabels): Promise<void> {
  const reason = await shell.openPath(userData);
  if (reason) {
    appLog.warn(`The data folder could not be opened: ${reason}`);
    dialog.showErrorBox(labels.failed, fill(labels.dataFolderFailed, { path: userData, reason }));
  }
}

const workspaceFilters = (labels: MenuLabels) => [
  { name: labels.workspaceFilter, extensions: ['sqlite'] },
];

/** A path chosen for a new file, with `.sqlite` added when the name was typed without it. */
const withExtension = (filePath: string) =>
  path.extname(filePath).toLowerCase() === '.sqlite' ? filePath : `${filePath}.sqlite`;

async function newWorkspace(labels: MenuLabels): Promise<void> {
  const folder = workspace ? path.dirname(workspace.path) : app.getPath('documents');
  const chosen = await saveDialog({
    title: labels.newWorkspaceTitle,
    defaultPath: path.join(folder, labels.defaultNewName),
    filters: workspaceFilters(labels),
    // An existing file is refused by the session: no replacing a workspace through "New".
    properties: ['createDirectory'],
  });
  if (chosen) await switchWorkspace('workspace.create', { path: withExtension(chosen) }, labels);
}

async function openWorkspaceFile(labels: MenuLabels): Promise<void> {
  const options: Electron.OpenDialogOptions = {
    title: labels.openWorkspaceTitle,
    defaultPath: workspace ? path.dirname(workspace.path) : app.getPath('documents'),
    filters: [...workspaceFilters(labels), { name: '*', extensions: ['*'] }],
    properties: ['openFile'],
  };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  const chosen = result.canceled ? undefined : result.filePaths[0];
  if (chosen) await switchWorkspace('workspace.open', { path: chosen }, labels);
}

async function saveCopy(labels: MenuLabels): Promise<void> {
  if (!workspace) return;
  const stem = path.parse(workspace.path).name;
  const chosen = await saveDialog({
    title: labels.saveCopyTitle,
    defaultPath: path.join(path.dirname(workspace.path), fill(labels.copyName, { name: stem })),
    filters: workspaceFilters(labels),
    // The dialog asked before replacing a file; the open workspace is still refused.
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (!chosen) return;
  const copy = await call<{ path: string }>(
    'workspace.saveCopy',
    { path: withExtension(chosen), overwrite: true },
    labels,
  );
  if (copy)
    void dialog.showMessageBox({
      type: 'info',
      title: APP_NAME,
      message: fill(labels.savedCopy, { path: copy.path }),
    });
}

async function saveDialog(options: Electron.SaveDialogOptions): Promise<string | undefined> {
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options);
  return result.canceled ? undefined : result.filePath;
}

/** Opens or creates a workspace file, then reloads the page so every view reads from it. */
async function switchWorkspace(
  channel: 'workspace.open' | 'workspace.create',
  input: { path: string },
  labels: MenuLabels,
): Promise<void> {
  const before = workspace?.path;
  // The call rebuilds the menu (the recent list changed, and maybe the language).
  if (await call(channel, input, labels)) {
    loggedSwitch(before, channel);
    mainWindow?.webContents.reload();
  }
}

/** Calls the session like the renderer does; a refusal is shown with the server's reason. */
async function call<T>(
  channel: string,
  input: unknown,
  labels: MenuLabels,
): Promise<T | undefined> {
  if (!workspace) return undefined;
  const result = (await workspace.router.dispatch(channel, input)) as Result<T>;
  if (result.ok) {
    if (result.changed?.includes('recent_workspace')) void setApplicationMenu();
    return result.data;
  }
  dialog.showErrorBox(
    labels.failed,
    refusalReason(labels.locale, result.error.issues?.[0], result.error.message),
  );
  return undefined;
}

/** Nothing from the network, no permissions, and the strict CSP on every response. */
function secureSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const { url } = details;
    // blob: and data: URLs only hold what our own pages made (exported SVG/PNG files).
    const allowed =
      url.startsWith(`${appOrigin}/`) ||
      url.startsWith('devtools:') ||
      url.startsWith('data:') ||
      url.startsWith('blob:');
    callback({ cancel: !allowed });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}

/** app://bundle/<path>: a file of the built renderer (the same guard as the browser shell's). */
async function serveRenderer(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const file =
    url.host === 'bundle' ? await resolveStaticFile(rendererDir, url.pathname) : undefined;
  if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
  return new Response(await readFile(file.filePath), {
    headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file.filePath) },
  });
}

/**
 * Every web contents, ours or not: no navigation away from our pages, no new windows, no
 * webviews. A web link (an account's website) opens in the system browser instead, after
 * isSafeExternalUrl: http(s) only, never file:, scripts or other programs' protocols.
 */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    const decision = navigationDecision(url, appOrigin);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'external') openInBrowser(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (navigationDecision(url, appOrigin) === 'external') openInBrowser(url);
    return { action: 'deny' };
  });
}

function openInBrowser(url: string): void {
  // The URL is checked by navigationDecision (http or https, no credentials) before it gets here.
  shell.openExternal(url).catch((error: unknown) => appLog.error('openExternal', error)); // eng-disable OPEN_EXTERNAL_JS_CHECK
}

/** Writes beside the target, then renames: a crash never leaves a half-written PDF in its place. */
async function writeFileWhole(filePath: string, data: Uint8Array): Promise<void> {
  const partial = `${filePath}.${process.pid}.partial`;
  try {
    await writeFile(partial, data);
    await rename(partial, filePath);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

function fail(error: unknown): void {
  const message =
    typeof error === 'string' ? error : `Deal Workbench could not start: ${String(error)}`;
  appLog.error('startup', typeof error === 'string' ? message : error);
  dialog.showErrorBox(APP_NAME, message);
  workspace?.close();
  workspace = undefined;
  app.exit(1);
}
