import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  session,
  type WebContents,
} from 'electron';
import { mkdirSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toSupportedLocale } from '../shared/enums.ts';
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
      systemLocale: toSupportedLocale(app.getPreferredSystemLanguages()[0] ?? app.getLocale()),
      appVersion: app.getVersion(),
      onInternalError: (channel, error) => console.error(`Internal error in ${channel}:`, error),
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
  registerRpc(ipcMain, workspace.router, isSameDocument(indexUrl));
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
