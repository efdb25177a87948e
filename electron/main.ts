import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  type MenuItemConstructorOptions,
  type WebContents,
} from 'electron';
import { mkdirSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toSupportedLocale } from '../shared/enums.ts';
import type { Result } from '../shared/errors.ts';
import type { RecentWorkspace } from '../shared/workspace.ts';
import { fill, menuLabels, refusalReason, type MenuLabels } from './menuLabels.ts';
import { RECENT_FILE } from './recentWorkspaces.ts';
import type { Router } from './router.ts';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './http/securityHeaders.ts';
import { contentTypeOf, resolveStaticFile } from './http/staticFiles.ts';
import { isSameDocument, registerPrintToPdf, registerRpc } from './ipc.ts';
import { APP_NAME, dbPathFromArgv, WORKSPACE_FILE } from './paths.ts';
import { describeStartupError } from './startupError.ts';
import { networkShareWarning } from './networkShare.ts';
import { rememberedPassphrases } from './rememberedPassphrase.ts';
import { openWorkspace, PassphraseError, type Workspace } from './workspace.ts';

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

// Before the app is ready: the scheme is standard (relative URLs) and secure (like https).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let workspace: Workspace | undefined;
let mainWindow: BrowserWindow | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
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
  const locale = toSupportedLocale(app.getPreferredSystemLanguages()[0] ?? app.getLocale());
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
        console.warn('The passphrase cannot be remembered: no OS keychain is available.');
    } catch (error) {
      console.warn(`The passphrase could not be remembered: ${String(error)}`);
    }
  };
  try {
    mkdirSync(path.dirname(dbPath), { recursive: true });
    workspace = openWorkspace({
      dbPath,
      systemLocale: locale,
      appVersion: app.getVersion(),
      onInternalError: (channel, error) => console.error(`Internal error in ${channel}:`, error),
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
  if (given !== undefined && workspace.encrypted) remember(given);
  const shareWarning = networkShareWarning(dbPath);
  if (shareWarning) console.warn(shareWarning);

  protocol.handle(APP_SCHEME, serveRenderer);
  secureSession();
  const labels = menuLabels(locale);
  const router = menuFollowing(workspace.router, () => void setApplicationMenu(labels));
  void setApplicationMenu(labels);
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

  mainWindow = new BrowserWindow({
    title: APP_NAME,
    width: 1280,
    height: 820,
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
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = undefined));
  void mainWindow.loadURL(indexUrl);
}

/** The same router, rebuilding the menu (its Open Recent list) after a call changed the recent list. */
function menuFollowing(inner: Router, rebuild: () => void): Router {
  return {
    async dispatch(channel, input) {
      const result = await inner.dispatch(channel, input);
      if (result.ok && result.changed?.includes('recent_workspace')) rebuild();
      return result;
    },
  };
}

/**
 * File (New workspace…, Open workspace…, Save a copy…, Open Recent, Quit), Edit, View, Window,
 * Help. The file items call the session with paths chosen in native dialogs; its checks apply as
 * to any caller. Developer tools only in an unpackaged app.
 */
async function setApplicationMenu(labels: MenuLabels): Promise<void> {
  const recent = await call<RecentWorkspace[]>('workspace.recent', {}, labels);
  const recentItems: MenuItemConstructorOptions[] = recent?.length
    ? recent.map((item) => ({
        label: item.exists ? item.name : fill(labels.missing, { name: item.name }),
        sublabel: item.path,
        enabled: item.exists && item.path !== workspace?.path,
        click: () => void switchWorkspace('workspace.open', { path: item.path }, labels),
      }))
    : [{ label: labels.noRecent, enabled: false }];
  const template: MenuItemConstructorOptions[] = [
    {
      label: labels.file,
      submenu: [
        { label: labels.newWorkspace, click: () => void newWorkspace(labels) },
        { label: labels.openWorkspace, click: () => void openWorkspaceFile(labels) },
        { label: labels.saveCopy, click: () => void saveCopy(labels) },
        { label: labels.openRecent, submenu: recentItems },
        { type: 'separator' },
        { label: labels.quit, role: 'quit' },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { label: labels.undo, role: 'undo' },
        { label: labels.redo, role: 'redo' },
        { type: 'separator' },
        { label: labels.cut, role: 'cut' },
        { label: labels.copy, role: 'copy' },
        { label: labels.paste, role: 'paste' },
        { label: labels.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: labels.view,
      submenu: [
        { label: labels.reload, role: 'reload' },
        ...(app.isPackaged
          ? []
          : [{ label: labels.toggleDevTools, role: 'toggleDevTools' } as const]),
        { type: 'separator' },
        { label: labels.resetZoom, role: 'resetZoom' },
        { label: labels.zoomIn, role: 'zoomIn' },
        { label: labels.zoomOut, role: 'zoomOut' },
        { type: 'separator' },
        { label: labels.fullScreen, role: 'togglefullscreen' },
      ],
    },
    {
      label: labels.window,
      submenu: [
        { label: labels.minimize, role: 'minimize' },
        { label: labels.close, role: 'close' },
      ],
    },
    {
      label: labels.help,
      submenu: [
        {
          label: labels.about,
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: APP_NAME,
              message: APP_NAME,
              detail: fill(labels.aboutDetail, {
                version: app.getVersion(),
                path: workspace?.path ?? '',
              }),
            }),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
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
  if (await call(channel, input, labels)) mainWindow?.webContents.reload();
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
    if (result.changed?.includes('recent_workspace')) void setApplicationMenu(labels);
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

/** Every web contents, ours or not: no navigation away, no new windows, no webviews. */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
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
  console.error(message);
  dialog.showErrorBox(APP_NAME, message);
  workspace?.close();
  workspace = undefined;
  app.exit(1);
}
