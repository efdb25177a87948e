import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceToken } from '../electron/appLog.ts';
import { CONTENT_SECURITY_POLICY } from '../electron/http/securityHeaders.ts';
import { openWorkspace } from '../electron/workspace.ts';
import { csvText, gbk, PEOPLE_ROWS } from '../electron/import/testFiles.ts';
import { buildElectron, IMPORT_WORKER_BUNDLE } from './build-electron.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

// Runs the bundled main process under plain Node with a stand-in for the 'electron' module
// (Electron itself cannot run here), then reports what main.cjs did with it as JSON.
const DRIVER = String.raw`
const Module = require('node:module');
const { EventEmitter } = require('node:events');
const out = { webRequest: {} };
const ipcHandlers = new Map();
const windows = [];
const paths = { appData: process.env.FAKE_APPDATA, documents: process.env.FAKE_DOCUMENTS };
// What the stand-in save dialog answers, in turn: a file path, or null for Cancel.
const saveAnswers = JSON.parse(process.env.SAVE_ANSWERS ?? '[]');
// What the stand-in open dialog answers, in turn (a file path, or null for Cancel).
const openAnswers = JSON.parse(process.env.OPEN_ANSWERS ?? '[]');
out.openDialogs = [];
out.errorBoxes = [];
out.reloads = 0;
let appMenu;
out.saveDialogs = [];
out.printed = [];
out.sent = [];
out.openedExternally = [];
out.openedPaths = [];
let permissionRequest, permissionCheck, beforeRequest, headersReceived;
const app = Object.assign(new EventEmitter(), {
  setName: (name) => (out.name = name),
  enableSandbox: () => (out.sandboxAll = true),
  getPath: (key) => paths[key],
  setPath: (key, value) => (paths[key] = value),
  getAppPath: () => process.env.FAKE_APP_PATH,
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  getPreferredSystemLanguages: () => ['zh-Hans-CN'],
  getLocale: () => 'en-US',
  getVersion: () => '9.9.9',
  isPackaged: true,
  quit: () => { out.quit = true; app.emit('will-quit'); },
  exit: (code) => { out.exitCode = code; },
});
class WebContents extends EventEmitter {
  setWindowOpenHandler(handler) { this.openHandler = handler; }
  reload() { out.reloads++; }
  send(channel, ...args) { out.sent.push([channel, ...args]); }
  async printToPDF(options) {
    out.printed.push(options);
    return Buffer.from('%PDF-1.7 stand-in ' + options.pageSize);
  }
}
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) { this.url = url; return Promise.resolve(); }
  show() {}
  getNormalBounds() { return this.bounds ?? { x: this.options.x, y: this.options.y, width: this.options.width, height: this.options.height }; }
  isMaximized() { return Boolean(this.maximized); }
  maximize() { this.maximized = true; }
  isFullScreen() { return false; }
  setFullScreen(flag) { this.fullScreen = flag; }
  isMinimized() { return false; }
  // Closing: 'close' (the window's place is saved), then 'closed'.
  close() { this.emit('close', {}); this.closed = true; this.emit('closed'); }
  static fromWebContents(contents) { return windows.find((w) => w.webContents === contents) ?? null; }
  static getAllWindows() { return windows.filter((w) => !w.closed); }
}
// One 1920×1080 screen with a 40-pixel task bar.
const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
};
const shell = {
  openExternal: async (url) => { out.openedExternally.push(url); },
  openPath: async (folder) => { out.openedPaths.push(folder); return ''; },
};
// The app:// scheme: what main registers before ready, and its handler, called with probe URLs.
let schemeHandler;
const protocol = {
  registerSchemesAsPrivileged: (schemes) => (out.privilegedSchemes = schemes),
  handle: (scheme, handler) => { out.handledScheme = scheme; schemeHandler = handler; },
};
// The application menu: its template is kept as given, so items can be found and clicked.
const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => (appMenu = menu),
};
const labelsOf = (items) =>
  items.map((item) => (item.submenu ? { [item.label]: labelsOf(item.submenu) } : item.label ?? item.type));
const itemAt = (labels) => {
  let items = appMenu.template;
  let item;
  for (const label of labels) {
    item = items.find((candidate) => candidate.label === label);
    items = item?.submenu ?? [];
  }
  return item;
};
// safeStorage: a reversible stand-in seal ("sealed:" + base64), so the test can see what was kept.
const safeStorage = {
  isEncryptionAvailable: () => process.env.FAKE_NO_KEYCHAIN !== '1',
  encryptString: (text) => Buffer.from('sealed:' + Buffer.from(text, 'utf8').toString('base64')),
  decryptString: (sealed) => {
    const text = sealed.toString();
    if (!text.startsWith('sealed:')) throw new Error('not sealed by this keychain');
    return Buffer.from(text.slice('sealed:'.length), 'base64').toString('utf8');
  },
};
const electron = {
  app,
  protocol,
  safeStorage,
  BrowserWindow,
  Menu,
  screen,
  shell,
  dialog: {
    showErrorBox: (title, message) => {
      out.errorBox = { title, message };
      out.errorBoxes.push(out.errorBox);
    },
    showMessageBox: async (...args) => {
      out.messageBox = args.at(-1);
      return { response: 0 };
    },
    showOpenDialog: async (...args) => {
      out.openDialogs.push(args.at(-1));
      const answer = openAnswers.shift();
      return answer ? { canceled: false, filePaths: [answer] } : { canceled: true, filePaths: [] };
    },
    showSaveDialog: async (...args) => {
      const options = args.at(-1);
      out.saveDialogs.push({ ownedByWindow: args.length === 2 && args[0] === windows[0], options });
      const answer = saveAnswers.shift();
      return answer ? { canceled: false, filePath: answer } : { canceled: true, filePath: '' };
    },
  },
  ipcMain: { handle: (channel, listener) => ipcHandlers.set(channel, listener) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler) => (permissionRequest = handler),
      setPermissionCheckHandler: (handler) => (permissionCheck = handler),
      webRequest: {
        onBeforeRequest: (handler) => (beforeRequest = handler),
        onHeadersReceived: (handler) => (headersReceived = handler),
      },
    },
  },
};
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};
require(process.env.MAIN_BUNDLE);

setTimeout(async () => {
  out.userData = paths.userData;
  out.ipcChannels = [...ipcHandlers.keys()];
  out.windows = windows.length;
  const win = windows[0];
  if (win) {
    out.webPreferences = win.options.webPreferences;
    const { webPreferences: _, ...windowOptions } = win.options;
    out.windowOptions = windowOptions;
    out.maximized = Boolean(win.maximized);
    out.loadedUrl = win.url;
    const rpc = ipcHandlers.get('rpc');
    out.info = await rpc({ senderFrame: { url: win.url + '#/accounts' } }, 'app.info', {});
    // An import file (base64) read by the worker bundle main.cjs starts, polled until it settles.
    if (process.env.IMPORT_FILE) {
      const call = (channel, input) => rpc({ senderFrame: { url: win.url } }, channel, input);
      const started = await call('importFiles.read', { fileName: 'people.csv', data: process.env.IMPORT_FILE });
      let job = started.ok ? await call('importFiles.job', started.data) : started;
      for (let i = 0; i < 500 && job.ok && job.data.state === 'reading'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        job = await call('importFiles.job', started.data);
      }
      out.importJob = job;
    }
    for (const [channel, input] of JSON.parse(process.env.RPC_CALLS ?? '[]')) {
      (out.calls ??= []).push(await rpc({ senderFrame: { url: win.url } }, channel, input));
      // What a call starts after its answer (the menu rebuilt in another language) settles.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    out.foreign = await rpc({ senderFrame: { url: 'https://evil.example/' } }, 'app.info', {});
    for (const url of JSON.parse(process.env.PROBE_URLS)) {
      beforeRequest({ url }, (response) => (out.webRequest[url] = response.cancel));
    }
    out.served = {};
    for (const url of JSON.parse(process.env.SERVE_URLS ?? '[]')) {
      const response = await schemeHandler(new Request(url));
      out.served[url] = {
        status: response.status,
        type: response.headers.get('content-type'),
        csp: response.headers.get('content-security-policy'),
        body: (await response.text()).slice(0, 40),
      };
    }
    headersReceived({ responseHeaders: { 'X-Kept': ['yes'] } }, (response) => (out.headers = response.responseHeaders));
    const navigate = (url) => {
      const navigation = { prevented: false, preventDefault() { this.prevented = true; } };
      win.webContents.emit('will-navigate', navigation, url);
      return navigation.prevented;
    };
    out.navigationPrevented = navigate('https://evil.example/');
    out.navigations = Object.fromEntries(
      ['app://bundle/index.html', 'file:///etc/passwd', 'javascript:alert(1)', 'https://u:p@example.com/'].map((url) => [url, navigate(url)]),
    );
    out.windowOpen = win.webContents.openHandler({ url: 'https://evil.example/' });
    out.windowOpens = ['https://www.sgcc.com.cn/', 'file:///C:/x.exe', 'ms-msdt:/id', 'app://bundle/index.html'].map(
      (url) => win.webContents.openHandler({ url }).action,
    );
    permissionRequest(win.webContents, 'media', (granted) => (out.permissionGranted = granted));
    if (process.env.PRINT_REQUESTS) {
      const print = ipcHandlers.get('print-to-pdf');
      out.printResults = [];
      for (const { url, options } of JSON.parse(process.env.PRINT_REQUESTS)) {
        const event = { senderFrame: { url: url ?? win.url + '#/deals/d1/review' }, sender: win.webContents };
        try {
          out.printResults.push({ result: await print(event, options) });
        } catch (error) {
          out.printResults.push({ error: String(error.message) });
        }
      }
    }
    out.permissionCheck = permissionCheck(win.webContents, 'geolocation');
    out.menu = appMenu && labelsOf(appMenu.template);
    if (process.env.MENU_CLICKS) {
      out.afterClicks = [];
      for (const labels of JSON.parse(process.env.MENU_CLICKS)) {
        const item = itemAt(labels);
        if (!item?.click) throw new Error('no menu item ' + labels.join(' > '));
        item.click(item, win, {});
        // The item's dialog and the session's answer are asynchronous.
        await new Promise((resolve) => setTimeout(resolve, 400));
        const info = await rpc({ senderFrame: { url: win.url } }, 'app.info', {});
        out.afterClicks.push({ workspacePath: info.data.workspacePath, reloads: out.reloads });
      }
      out.menuAfter = labelsOf(appMenu.template);
    }
    // The window moved, then closed: its place is kept. Closing the last window quits (not macOS).
    if (process.env.MOVE_TO) {
      win.bounds = JSON.parse(process.env.MOVE_TO);
      win.maximized = true;
      win.emit('move');
    }
    win.close();
    // macOS: the Dock icon with no window open opens one again, where the last one was.
    app.emit('activate');
    out.windowsAfterActivate = BrowserWindow.getAllWindows().length;
    const reopened = windows.at(-1);
    out.reopened = { x: reopened.options.x, y: reopened.options.y, width: reopened.options.width, height: reopened.options.height, maximized: Boolean(reopened.maximized) };
    reopened.close();
    app.emit('window-all-closed');
    out.quitOnLastWindow = Boolean(out.quit);
    app.quit();
    out.walAfterQuit = require('node:fs').existsSync(process.env.EXPECTED_DB + '-wal');
  }
  process.stdout.write(JSON.stringify(out));
// An encrypted workspace's key derivation takes longer than a plain open: SETTLE_MS waits for it.
}, Number(process.env.SETTLE_MS ?? 300));
`;

type Report = Record<string, unknown> & { webRequest: Record<string, boolean> };

let tmp: string;
let bundleDir: string;
let appPath: string;
let rendererDir: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'dw-electron-'));
  bundleDir = path.join(tmp, 'bundle');
  appPath = path.join(tmp, 'app');
  rendererDir = path.join(appPath, 'dist', 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<title>Deal Workbench</title>');
  await buildElectron(ROOT, bundleDir);
  // esbuild takes seconds alone, longer on a busy machine.
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function runMain(
  args: string[],
  env: Record<string, string>,
  expectedDb: string,
  probeUrls: string[] = [],
  serveUrls: string[] = [],
): Report {
  const run = spawnSync(process.execPath, ['-e', DRIVER, '--', ...args], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      NODE_PATH: path.join(ROOT, 'node_modules'),
      MAIN_BUNDLE: path.join(bundleDir, 'main.cjs'),
      FAKE_APPDATA: path.join(tmp, 'appdata'),
      FAKE_APP_PATH: appPath,
      FAKE_DOCUMENTS: path.join(tmp, 'Documents'),
      EXPECTED_DB: expectedDb,
      PROBE_URLS: JSON.stringify(probeUrls),
      SERVE_URLS: JSON.stringify(serveUrls),
      ...env,
    },
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

describe('the packaged binary', () => {
  it('has the fuses flipped that keep it from running other code than its own', () => {
    const config = readFileSync(path.join(ROOT, 'build', 'electron-builder.yml'), 'utf8');
    const fuses = config.slice(config.indexOf('\nelectronFuses:\n'));
    for (const fuse of [
      'runAsNode: false',
      'enableCookieEncryption: true',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'enableEmbeddedAsarIntegrityValidation: true',
      'onlyLoadAppFromAsar: true',
      'grantFileProtocolExtraPrivileges: false',
    ]) {
      expect(fuses).toContain(`\n  ${fuse}\n`);
    }
  });
});

// Each test starts main.cjs under Node at least once: seconds each, more on a busy machine.
describe('the bundled Electron main process', { timeout: 60_000 }, () => {
  it('bundles main, preload and the import worker as CommonJS, leaving electron and better-sqlite3-multiple-ciphers external', () => {
    const main = readFileSync(path.join(bundleDir, 'main.cjs'), 'utf8');
    const preload = readFileSync(path.join(bundleDir, 'preload.cjs'), 'utf8');
    expect(main).toContain('require("electron")');
    expect(main).toContain('require("better-sqlite3-multiple-ciphers")');
    // The file readers (CSV parser, encoding detection) load in the import worker only, not with
    // the main process; exceljs is in both, since main writes spreadsheets (the refused rows).
    const worker = readFileSync(path.join(bundleDir, IMPORT_WORKER_BUNDLE), 'utf8');
    expect(worker).toContain('workbook.xml');
    expect(worker).toContain('BAD_DELIMITERS');
    expect(main).not.toContain('BAD_DELIMITERS');
    expect(preload).toContain('exposeInMainWorld(BRIDGE_KEY');
    expect(preload).not.toContain('better-sqlite3');
    // The PDF options schema lives beside BRIDGE_KEY; zod must not come along into the preload.
    expect(preload).toContain('printToPdf:');
    expect(preload).not.toMatch(/zod/i);
  });

  it('opens the default workspace and a locked-down window that reaches the router', () => {
    const userData = path.join(tmp, 'appdata', 'Deal Workbench');
    const db = path.join(userData, 'workspace.sqlite');
    const indexUrl = 'app://bundle/index.html';
    const assetUrl = 'app://bundle/assets/index.js';
    const fileIndex = pathToFileURL(path.join(rendererDir, 'index.html')).href;
    const outside = pathToFileURL(path.join(tmp, 'secret.txt')).href;
    writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
    const report = runMain(
      [],
      {},
      db,
      [
        indexUrl,
        assetUrl,
        fileIndex,
        outside,
        'https://example.com/x.js',
        'http://127.0.0.1:1/',
        'blob:app://bundle/5f0c7e2a-export',
      ],
      [
        indexUrl,
        'app://bundle/accounts',
        'app://bundle/..%2f..%2fsecret.txt',
        'app://bundle/%2e%2e/%2e%2e/secret.txt',
        'app://other/index.html',
      ],
    );

    expect(report).toMatchObject({
      name: 'Deal Workbench',
      sandboxAll: true,
      userData,
      ipcChannels: ['rpc', 'print-to-pdf'],
      windows: 1,
    });
    expect(report.loadedUrl).toBe(indexUrl);
    expect(report.windowOptions).toEqual({
      title: 'Deal Workbench',
      // Nothing saved yet: the default size, centred on the screen's work area.
      x: 320,
      y: 110,
      width: 1280,
      height: 820,
      minWidth: 800,
      minHeight: 560,
      icon: path.join(appPath, 'dist-electron', 'icon.png'),
      show: false,
    });
    expect(report.webPreferences).toEqual({
      preload: path.join(appPath, 'dist-electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(report.info).toEqual({
      ok: true,
      data: {
        version: '9.9.9',
        schemaVersion: expect.any(Number),
        workspacePath: db,
        systemLocale: 'zh-CN',
      },
      // A read changes nothing.
      changed: [],
    });
    expect(report.foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(report.webRequest).toEqual({
      [indexUrl]: false,
      [assetUrl]: false,
      // The renderer is no longer reached through file://, and nothing else on the disk is.
      [fileIndex]: true,
      [outside]: true,
      'https://example.com/x.js': true,
      'http://127.0.0.1:1/': true,
      'blob:app://bundle/5f0c7e2a-export': false,
    });
    expect(report.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(report.handledScheme).toBe('app');
    const page = {
      status: 200,
      type: 'text/html; charset=utf-8',
      csp: CONTENT_SECURITY_POLICY,
      body: '<title>Deal Workbench</title>',
    };
    const notFound = {
      status: 404,
      type: 'text/plain;charset=UTF-8',
      csp: CONTENT_SECURITY_POLICY,
      body: 'Not found',
    };
    expect(report.served).toEqual({
      [indexUrl]: page,
      // A client-side route falls back to the page, as in the browser shell.
      'app://bundle/accounts': page,
      'app://bundle/..%2f..%2fsecret.txt': notFound,
      'app://bundle/%2e%2e/%2e%2e/secret.txt': notFound,
      'app://other/index.html': notFound,
    });
    expect(report.headers).toEqual({
      'X-Kept': ['yes'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      'X-Content-Type-Options': ['nosniff'],
    });
    expect(report).toMatchObject({
      navigationPrevented: true,
      // Our own page may load; nothing else, and web links go to the system browser.
      navigations: {
        'app://bundle/index.html': false,
        'file:///etc/passwd': true,
        'javascript:alert(1)': true,
        'https://u:p@example.com/': true,
      },
      windowOpen: { action: 'deny' },
      windowOpens: ['deny', 'deny', 'deny', 'deny'],
      // The link followed in the page, then opened as a new window: the system browser both times.
      openedExternally: [
        'https://evil.example/',
        'https://evil.example/',
        'https://www.sgcc.com.cn/',
      ],
      quitOnLastWindow: true,
      windowsAfterActivate: 1,
      reopened: { x: 320, y: 110, width: 1280, height: 820, maximized: false },
      permissionGranted: false,
      permissionCheck: false,
      quit: true,
      walAfterQuit: false,
    });
    expect(existsSync(db)).toBe(true);

    // The log: startup and the workspace by its token, never its path or name.
    const logText = readFileSync(path.join(userData, 'logs', 'main.log'), 'utf8');
    expect(logText).toContain('startup version=9.9.9');
    expect(logText).toContain(`workspace opened (start) ${workspaceToken(db)}`);
    expect(logText).toContain(`workspace closed ${workspaceToken(db)}`);
    expect(logText).not.toContain(tmp);
    expect(logText).not.toContain('workspace.sqlite');
  });

  it('rebuilds the menu in the language chosen in Settings', () => {
    const db = path.join(tmp, 'language', 'workspace.sqlite');
    const report = runMain(
      ['--db', db],
      { RPC_CALLS: JSON.stringify([['settings.update', { locale: 'en' }]]) },
      db,
    );
    expect(report.calls).toEqual([expect.objectContaining({ ok: true })]);
    expect((report.menu as Record<string, unknown>[]).map((menu) => Object.keys(menu)[0])).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ]);
    expect(report.menu).toContainEqual({
      '&Help': ['Keyboard Shortcuts', 'Open Data Folder', 'separator', 'About Deal Workbench'],
    });
  });

  it('opens the window where it was closed, maximized if it was', () => {
    const appData = { FAKE_APPDATA: path.join(tmp, 'appdata-window') };
    const db = path.join(tmp, 'window', 'workspace.sqlite');
    const moved = { x: 100, y: 50, width: 1000, height: 700 };
    const first = runMain(['--db', db], { ...appData, MOVE_TO: JSON.stringify(moved) }, db);
    // Within the run: closed, then opened again from the Dock (macOS) where it was.
    expect(first.reopened).toEqual({ ...moved, maximized: true });
    const second = runMain(['--db', db], appData, db);
    expect(second.windowOptions).toMatchObject(moved);
    expect(second.maximized).toBe(true);
    // A damaged state file: the default place again.
    writeFileSync(path.join(tmp, 'appdata-window', 'Deal Workbench', 'window-state.json'), '{');
    expect(runMain(['--db', db], appData, db).windowOptions).toMatchObject({
      x: 320,
      y: 110,
      width: 1280,
      height: 820,
    });
  });

  it('reads an import file in the worker bundle beside main.cjs, which also runs under plain Node', () => {
    const worker = path.join(bundleDir, IMPORT_WORKER_BUNDLE);
    expect(existsSync(worker)).toBe(true);
    const file = gbk(csvText(PEOPLE_ROWS.map((row) => [...row])));
    const people = {
      encoding: 'gb18030',
      headers: ['客户名称', '姓名', '职务', '上级', '电话'],
      rowCount: 3,
    };

    // Alone: the worker bundle needs nothing from node_modules (no NODE_PATH given).
    const alone = spawnSync(
      process.execPath,
      [
        '-e',
        `const { Worker } = require('node:worker_threads');
         const w = new Worker(process.env.WORKER, { workerData: { fileName: 'p.csv', bytes: Buffer.from(process.env.FILE, 'base64') } });
         w.on('message', (m) => { if (m.type !== 'progress') process.stdout.write(JSON.stringify(m)); });`,
      ],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, WORKER: worker, FILE: Buffer.from(file).toString('base64') },
      },
    );
    expect(alone.status, alone.stderr).toBe(0);
    const message = JSON.parse(alone.stdout) as { type: string; table: Record<string, unknown> };
    expect(message).toMatchObject({
      type: 'ready',
      table: { format: 'csv', encoding: people.encoding, headers: people.headers },
    });

    // Started by the bundled main process, through the router.
    const db = path.join(tmp, 'import', 'workspace.sqlite');
    const report = runMain(['--db', db], { IMPORT_FILE: Buffer.from(file).toString('base64') }, db);
    expect(report.importJob).toMatchObject({
      ok: true,
      data: { state: 'ready', file: { format: 'csv', ...people } },
    });
  });

  it('uses --db before DEAL_WORKBENCH_DB', () => {
    const fromArg = path.join(tmp, 'chosen', 'arg.sqlite');
    const report = runMain(
      ['--db', fromArg],
      { DEAL_WORKBENCH_DB: path.join(tmp, 'env.sqlite') },
      fromArg,
    );
    expect(report.info).toMatchObject({ ok: true, data: { workspacePath: fromArg } });
    const fromEnv = path.join(tmp, 'env.sqlite');
    expect(runMain([], { DEAL_WORKBENCH_DB: fromEnv }, fromEnv).info).toMatchObject({
      data: { workspacePath: fromEnv },
    });
  });

  it('shows an error box and exits for a file that is not a workspace', () => {
    const file = path.join(tmp, 'notes.sqlite');
    writeFileSync(file, 'not a database');
    const report = runMain(['--db', file], {}, file);
    expect(report).toMatchObject({
      windows: 0,
      exitCode: 1,
      errorBox: {
        title: 'Deal Workbench',
        message: expect.stringMatching(/is not a Deal Workbench workspace/),
      },
    });
    expect(readFileSync(file, 'utf8')).toBe('not a database');
  });

  it('exports the asking page as a PDF where the user chooses, and refuses bad requests', () => {
    const db = path.join(tmp, 'print', 'workspace.sqlite');
    const saveTo = path.join(tmp, 'print', 'exports', '华东电力 评审.pdf');
    const noExtension = path.join(tmp, 'print', 'exports', 'review');
    mkdirSync(path.dirname(saveTo), { recursive: true });
    const valid = { fileName: '华东电力 评审.pdf', pageSize: 'A3', landscape: true };
    const report = runMain(
      ['--db', db],
      {
        SAVE_ANSWERS: JSON.stringify([saveTo, null, noExtension]),
        PRINT_REQUESTS: JSON.stringify([
          { options: valid },
          { options: { ...valid, fileName: '../x.pdf' } },
          { options: { ...valid, fileName: 'C:\\Users\\x.pdf' } },
          { options: { ...valid, fileName: 'review.docx' } },
          { options: { ...valid, pageSize: 'Letter' } },
          { options: { ...valid, extra: true } },
          { url: 'https://evil.example/', options: valid },
          { options: { fileName: 'review.pdf', pageSize: 'A4', landscape: false } },
          { options: { fileName: 'review.pdf', pageSize: 'A4', landscape: false } },
        ]),
      },
      db,
    );

    expect(report.printResults).toEqual([
      { result: 'saved' },
      { error: expect.stringMatching(/invalid pdf export options: fileName/i) },
      { error: expect.stringMatching(/invalid pdf export options: fileName/i) },
      { error: expect.stringMatching(/invalid pdf export options: fileName/i) },
      { error: expect.stringMatching(/invalid pdf export options: pageSize/i) },
      { error: expect.stringMatching(/invalid pdf export options/i) },
      { error: expect.stringMatching(/may not export/i) },
      { result: 'cancelled' },
      { result: 'saved' },
    ]);
    // Only valid requests from our own page reach the dialog and the printer.
    expect(report.saveDialogs).toEqual([
      {
        ownedByWindow: true,
        options: expect.objectContaining({
          defaultPath: path.join(tmp, 'Documents', '华东电力 评审.pdf'),
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        }),
      },
      expect.objectContaining({
        options: expect.objectContaining({
          defaultPath: path.join(tmp, 'Documents', 'review.pdf'),
        }),
      }),
      expect.objectContaining({
        options: expect.objectContaining({
          defaultPath: path.join(tmp, 'Documents', 'review.pdf'),
        }),
      }),
    ]);
    expect(report.printed).toEqual([
      { landscape: true, pageSize: 'A3', printBackground: true, preferCSSPageSize: true },
      { landscape: false, pageSize: 'A4', printBackground: true, preferCSSPageSize: true },
    ]);
    expect(readFileSync(saveTo, 'utf8')).toBe('%PDF-1.7 stand-in A3');
    // A path chosen without the extension gets it.
    expect(readFileSync(`${noExtension}.pdf`, 'utf8')).toBe('%PDF-1.7 stand-in A4');
    expect(existsSync(noExtension)).toBe(false);
  });

  it('has a File menu in the app’s language whose items open, create and copy chosen files', () => {
    const folder = path.join(tmp, 'menu');
    const db = path.join(folder, 'workspace.sqlite');
    const other = path.join(folder, 'other.sqlite');
    const created = path.join(folder, '新工作区');
    const copy = path.join(folder, 'copy.sqlite');
    mkdirSync(folder, { recursive: true });
    // Its own user-data folder (the recent list); a workspace to open, made by a first run on it.
    const appData = { FAKE_APPDATA: path.join(folder, 'appdata') };
    runMain(['--db', other], appData, other);
    const report = runMain(
      ['--db', db],
      {
        ...appData,
        OPEN_ANSWERS: JSON.stringify([other, null, path.join(folder, 'missing.sqlite')]),
        SAVE_ANSWERS: JSON.stringify([copy, created]),
        MENU_CLICKS: JSON.stringify([
          ['文件(&F)', '打开工作区…'],
          ['文件(&F)', '打开工作区…'],
          ['文件(&F)', '打开工作区…'],
          ['文件(&F)', '另存副本…'],
          ['文件(&F)', '新建工作区…'],
          ['文件(&F)', '导入…'],
          ['文件(&F)', '打印…'],
          ['帮助(&H)', '键盘快捷键'],
          ['帮助(&H)', '关于大客户销售工作台'],
          ['帮助(&H)', '打开数据文件夹'],
        ]),
      },
      path.join(folder, '新工作区.sqlite'),
    );

    // The app's locale is zh-CN (the stand-in's system language); packaged: no developer tools.
    expect(report.menu).toEqual([
      {
        '文件(&F)': [
          '新建工作区…',
          '打开工作区…',
          '另存副本…',
          { 最近使用的工作区: ['workspace.sqlite', 'other.sqlite'] },
          'separator',
          '导入…',
          '导出…',
          'separator',
          '打印…',
          'separator',
          '退出',
        ],
      },
      {
        '编辑(&E)': [
          '撤销',
          '重做',
          'separator',
          '剪切',
          '复制',
          '粘贴',
          '删除',
          'separator',
          '全选',
        ],
      },
      {
        '视图(&V)': ['重新加载', 'separator', '实际大小', '放大', '缩小', 'separator', '切换全屏'],
      },
      { '窗口(&W)': ['最小化', '关闭'] },
      { '帮助(&H)': ['键盘快捷键', '打开数据文件夹', 'separator', '关于大客户销售工作台'] },
    ]);
    expect(report.afterClicks).toEqual([
      // Opened the chosen file, and the page read again.
      { workspacePath: other, reloads: 1 },
      // Cancelled: nothing changes.
      { workspacePath: other, reloads: 1 },
      // A file that is not there is refused with the session's reason.
      { workspacePath: other, reloads: 1 },
      // A copy leaves the open file open.
      { workspacePath: other, reloads: 1 },
      // A new workspace, named without the extension, gets it and is opened.
      { workspacePath: path.join(folder, '新工作区.sqlite'), reloads: 2 },
      // The page's commands and the data folder change no workspace.
      ...Array.from({ length: 5 }, () => ({
        workspacePath: path.join(folder, '新工作区.sqlite'),
        reloads: 2,
      })),
    ]);
    // Import, print, shortcuts and about are the page's to carry out; the data folder is shown.
    expect(report.sent).toEqual([
      ['menu-command', 'import'],
      ['menu-command', 'print'],
      ['menu-command', 'shortcuts'],
      ['menu-command', 'about'],
    ]);
    expect(report.openedPaths).toEqual([path.join(folder, 'appdata', 'Deal Workbench')]);
    expect(report.errorBoxes).toEqual([{ title: '操作未完成', message: '文件已不在原处。' }]);
    expect(report.openDialogs).toEqual([
      expect.objectContaining({ properties: ['openFile'], defaultPath: folder }),
      expect.anything(),
      expect.anything(),
    ]);
    expect(existsSync(copy)).toBe(true);
    expect(report.menuAfter).toEqual(
      expect.arrayContaining([
        {
          '文件(&F)': expect.arrayContaining([
            {
              最近使用的工作区: [
                '新工作区.sqlite',
                'copy.sqlite',
                'other.sqlite',
                'workspace.sqlite',
              ],
            },
          ]),
        },
      ]),
    );
  });
});

describe('an encrypted workspace in the Electron shell', { timeout: 120_000 }, () => {
  const SECRET = 'keychain kept passphrase';
  const NEXT = 'a changed passphrase';

  it('opens with DEAL_WORKBENCH_PASSPHRASE, remembers it sealed by safeStorage, follows a change in Settings, refuses a wrong one', async () => {
    const appData = path.join(tmp, 'appdata-cipher');
    const settle = { SETTLE_MS: '4000' };
    const db = path.join(tmp, 'cipher', 'workspace.sqlite');
    const ws = openWorkspace({
      dbPath: db,
      systemLocale: 'en',
      appVersion: '1',
      automaticBackups: false,
    });
    expect((await ws.router.dispatch('workspace.setPassphrase', { next: SECRET })).ok).toBe(true);
    ws.close();
    const remembered = path.join(appData, 'Deal Workbench', 'passphrases.json');
    const sealedIn = () => {
      const entries = JSON.parse(readFileSync(remembered, 'utf8')) as Record<string, string>;
      return Buffer.from(entries[db] ?? '', 'base64').toString();
    };
    const sealed = (text: string) => `sealed:${Buffer.from(text).toString('base64')}`;

    // Given once: opened, and remembered only in sealed form.
    const first = runMain(
      ['--db', db],
      { ...settle, FAKE_APPDATA: appData, DEAL_WORKBENCH_PASSPHRASE: SECRET },
      db,
    );
    expect(first.info).toMatchObject({ ok: true, data: { workspacePath: db } });
    expect(sealedIn()).toBe(sealed(SECRET));
    expect(readFileSync(remembered, 'utf8')).not.toContain(SECRET);

    // Next start: recalled from the keychain; a change in Settings is remembered.
    const second = runMain(
      ['--db', db],
      {
        ...settle,
        FAKE_APPDATA: appData,
        RPC_CALLS: JSON.stringify([['workspace.setPassphrase', { current: SECRET, next: NEXT }]]),
      },
      db,
    );
    expect(second.calls).toEqual([
      expect.objectContaining({ ok: true, data: expect.objectContaining({ encrypted: true }) }),
    ]);
    expect(sealedIn()).toBe(sealed(NEXT));
    expect(runMain(['--db', db], { ...settle, FAKE_APPDATA: appData }, db).info).toMatchObject({
      ok: true,
    });

    // A wrong passphrase: a clear message, exit code 1, no window, the file untouched.
    const before = readFileSync(db);
    const wrong = runMain(
      ['--db', db],
      { ...settle, FAKE_APPDATA: appData, DEAL_WORKBENCH_PASSPHRASE: SECRET },
      db,
    );
    expect(wrong).toMatchObject({ exitCode: 1, windows: 0 });
    expect((wrong.errorBox as { message: string }).message).toBe(
      `The passphrase does not open the workspace ${db}. It was not changed. Start Deal Workbench once with the passphrase in DEAL_WORKBENCH_PASSPHRASE; it is then remembered in the system keychain.`,
    );
    expect(readFileSync(db).equals(before)).toBe(true);

    // No keychain: opened with the given passphrase, never written down in the clear.
    const noKeychain = path.join(tmp, 'appdata-no-keychain');
    const plain = runMain(
      ['--db', db],
      {
        ...settle,
        FAKE_APPDATA: noKeychain,
        FAKE_NO_KEYCHAIN: '1',
        DEAL_WORKBENCH_PASSPHRASE: NEXT,
      },
      db,
    );
    expect(plain.info).toMatchObject({ ok: true });
    expect(existsSync(path.join(noKeychain, 'Deal Workbench', 'passphrases.json'))).toBe(false);
  });
});
