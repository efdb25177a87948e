import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronRuntime, type FindElectronOptions } from './start.ts';

let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'dw-start-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A stand-in for node_modules/electron: an optional binary and an install.js doing `install`. */
function fakeElectron(parts: { binary?: string; install?: string }): string {
  const dir = mkdtempSync(path.join(tmp, 'electron-'));
  if (parts.binary !== undefined) writeBinary(dir, parts.binary);
  writeFileSync(path.join(dir, 'install.js'), parts.install ?? 'process.exit(1);');
  return dir;
}

function writeBinary(dir: string, script: string): void {
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  writeFileSync(path.join(dir, 'dist', 'electron'), `#!/bin/sh\n${script}\n`);
  chmodSync(path.join(dir, 'dist', 'electron'), 0o755);
  writeFileSync(path.join(dir, 'path.txt'), 'electron');
}

const WORKS = 'echo v45.4.1';

function find(electronDir: string, overrides: Partial<FindElectronOptions> = {}) {
  const notices: string[] = [];
  const runtime = findElectronRuntime({
    electronDir,
    env: { PATH: process.env.PATH, DISPLAY: ':0' },
    platform: 'linux',
    installTimeoutMs: 20_000,
    notify: (message) => notices.push(message),
    ...overrides,
  });
  return { runtime, notices };
}

describe.skipIf(process.platform === 'win32')('findElectronRuntime', () => {
  it('uses an installed runtime that runs', () => {
    const dir = fakeElectron({ binary: WORKS });
    expect(find(dir)).toEqual({
      runtime: { ok: true, binary: path.join(dir, 'dist', 'electron') },
      notices: [],
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as electron/index.js does', () => {
    const elsewhere = fakeElectron({ binary: WORKS });
    const dir = fakeElectron({});
    const env = {
      PATH: process.env.PATH,
      DISPLAY: ':0',
      ELECTRON_OVERRIDE_DIST_PATH: path.join(elsewhere, 'dist'),
    };
    expect(find(dir, { env }).runtime).toEqual({
      ok: true,
      binary: path.join(elsewhere, 'dist', 'electron'),
    });
  });

  it('refuses a runtime that cannot execute, saying why', () => {
    const dir = fakeElectron({
      binary: 'echo "libnss3.so: cannot open shared object file" >&2; exit 127',
    });
    const { runtime } = find(dir);
    expect(runtime.ok).toBe(false);
    expect(!runtime.ok && runtime.reason).toMatch(
      /does not run \(libnss3\.so: cannot open shared object file\)/,
    );
  });

  it('refuses on Linux without a display, but not on macOS', () => {
    const dir = fakeElectron({ binary: WORKS });
    const env = { PATH: process.env.PATH };
    expect(find(dir, { env }).runtime).toEqual({
      ok: false,
      reason: expect.stringMatching(/no graphical display/),
    });
    expect(find(dir, { env: { ...env, WAYLAND_DISPLAY: 'wayland-0' } }).runtime.ok).toBe(true);
    expect(find(dir, { env, platform: 'darwin' }).runtime.ok).toBe(true);
  });

  it('tries the download once and reports its failure', () => {
    const dir = fakeElectron({
      install: "console.error('TypeError: fetch failed'); process.exit(1);",
    });
    const { runtime, notices } = find(dir);
    expect(notices).toEqual([expect.stringMatching(/downloading it \(giving up after 20 s\)/)]);
    expect(runtime).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /not installed and the download failed: TypeError: fetch failed.*npx install-electron/,
      ),
    });
  });

  it('uses the runtime once the download brings it', () => {
    const dir = fakeElectron({});
    const install = `
      const fs = require('node:fs'), path = require('node:path');
      fs.mkdirSync(path.join(__dirname, 'dist'));
      fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '#!/bin/sh\\necho v45.4.1\\n', { mode: 0o755 });
      fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');`;
    writeFileSync(path.join(dir, 'install.js'), install);
    expect(find(dir).runtime).toEqual({ ok: true, binary: path.join(dir, 'dist', 'electron') });
  });

  it('gives up on a download that hangs', () => {
    const dir = fakeElectron({ install: 'setTimeout(() => {}, 60_000);' });
    const started = Date.now();
    const { runtime } = find(dir, { installTimeoutMs: 500 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(runtime).toEqual({
      ok: false,
      reason: expect.stringMatching(/did not finish within 1 s/),
    });
  });
});
