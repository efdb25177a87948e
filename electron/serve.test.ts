import Database from 'better-sqlite3-multiple-ciphers';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opportunitiesCsv, utf8 } from './import/testFiles.ts';
import {
  clockFromEnv,
  ensureRendererBuilt,
  isRendererStale,
  parseServeArgs,
  UsageError,
  viteBuildProcess,
  workspacePort,
  type RendererBuild,
} from './serve.ts';
import { openWorkspace } from './workspace.ts';

const SERVE = path.join(import.meta.dirname, 'serve.ts');
const READY = /^Deal Workbench ready at http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]{43})\n$/;

let tmp: string;
let staticDir: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'dw-serve-'));
  // The shells' user-data folder (their recent-workspaces list) is the test's, not the user's.
  process.env.XDG_CONFIG_HOME = tmp;
  staticDir = path.join(tmp, 'static');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<title>Deal Workbench</title>');
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('parseServeArgs', () => {
  const fallback = () => '/home/ann/.config/Deal Workbench/workspace.sqlite';

  it('reads --db and --port in both forms', () => {
    expect(parseServeArgs(['--db', 'a.sqlite', '--port', '5179'], {}, fallback)).toEqual({
      help: false,
      dbPath: 'a.sqlite',
      port: 5179,
    });
    expect(parseServeArgs(['--db=b.sqlite', '--port=0'], {}, fallback)).toEqual({
      help: false,
      dbPath: 'b.sqlite',
      port: 0,
    });
  });

  it('falls back to the env variables, then to the default path and the workspace’s own port', () => {
    const env = { DEAL_WORKBENCH_DB: '/env.sqlite', DEAL_WORKBENCH_PORT: '6000' };
    expect(parseServeArgs([], env, fallback)).toEqual({
      help: false,
      dbPath: '/env.sqlite',
      port: 6000,
    });
    expect(parseServeArgs(['--port', '7'], env, fallback)).toMatchObject({ port: 7 });
    expect(parseServeArgs([], {}, fallback)).toEqual({
      help: false,
      dbPath: fallback(),
      port: null,
    });
  });

  it('gives each workspace a port of its own, the same at every launch', () => {
    const a = workspacePort('/home/ann/a.sqlite');
    expect(workspacePort('/home/ann/../ann/a.sqlite')).toBe(a);
    expect(a).toBeGreaterThanOrEqual(20000);
    expect(a).toBeLessThan(30000);
    const ports = new Set(['b', 'c', 'd', 'e', 'f'].map((n) => workspacePort(`/w/${n}.sqlite`)));
    expect(ports.size).toBeGreaterThan(1);
  });

  it('recognises --help and -h', () => {
    expect(parseServeArgs(['--db', 'x', '--help'], {}, fallback)).toEqual({ help: true });
    expect(parseServeArgs(['-h'], {}, fallback)).toEqual({ help: true });
  });

  it.each([
    [['--nope']],
    [['positional']],
    [['--db']],
    [['--db=']],
    [['--port', 'abc']],
    [['--port', '65536']],
    [['--port', '-1']],
    [['--port', '80.5']],
  ])('refuses %j', (argv) => {
    expect(() => parseServeArgs(argv, {}, fallback)).toThrow(UsageError);
  });

  it('refuses a bad DEAL_WORKBENCH_PORT, naming it', () => {
    expect(() => parseServeArgs([], { DEAL_WORKBENCH_PORT: 'x' }, fallback)).toThrow(
      /DEAL_WORKBENCH_PORT/,
    );
  });
});

describe('isRendererStale', () => {
  function project(): string {
    const root = mkdtempSync(path.join(tmp, 'project-'));
    for (const dir of ['renderer/app', 'shared', 'dist/renderer'])
      mkdirSync(path.join(root, dir), { recursive: true });
    writeFileSync(path.join(root, 'renderer/app/App.tsx'), '');
    writeFileSync(path.join(root, 'shared/enums.ts'), '');
    writeFileSync(path.join(root, 'vite.config.ts'), '');
    return root;
  }
  const age = (root: string, file: string, seconds: number) => {
    const when = new Date(Date.now() - seconds * 1000);
    utimesSync(path.join(root, file), when, when);
  };
  const allOld = (root: string) => {
    for (const f of [
      'renderer/app/App.tsx',
      'renderer/app',
      'renderer',
      'shared/enums.ts',
      'shared',
      'vite.config.ts',
    ]) {
      age(root, f, 100);
    }
  };

  it('is stale without a build', () => {
    expect(isRendererStale(project())).toBe(true);
  });

  it('is fresh when the build is newer than every input', () => {
    const root = project();
    writeFileSync(path.join(root, 'dist/renderer/index.html'), '');
    allOld(root);
    expect(isRendererStale(root)).toBe(false);
  });

  it.each(['renderer/app/App.tsx', 'shared/enums.ts', 'vite.config.ts'])(
    'is stale when %s is newer',
    (file) => {
      const root = project();
      writeFileSync(path.join(root, 'dist/renderer/index.html'), '');
      allOld(root);
      age(root, 'dist/renderer/index.html', 50);
      age(root, file, 10);
      expect(isRendererStale(root)).toBe(true);
    },
  );

  describe('ensureRendererBuilt', () => {
    const recording = (effect: (root: string) => void = () => {}) => {
      const calls: string[] = [];
      const build: RendererBuild = (root) => {
        calls.push(root);
        effect(root);
        return Promise.resolve({ ok: true });
      };
      return { calls, build };
    };

    it('serves a fresh build as is, building nothing', async () => {
      const root = project();
      writeFileSync(path.join(root, 'dist/renderer/index.html'), '');
      allOld(root);
      const { calls, build } = recording();
      expect(await ensureRendererBuilt(root, { build })).toBe(path.join(root, 'dist/renderer'));
      expect(calls).toEqual([]);
    });

    it('builds a missing renderer first, saying so', async () => {
      const root = project();
      const told: string[] = [];
      const { calls, build } = recording((r) =>
        writeFileSync(path.join(r, 'dist/renderer/index.html'), ''),
      );
      const dir = await ensureRendererBuilt(root, { build, notify: (m) => told.push(m) });
      expect([dir, calls]).toEqual([path.join(root, 'dist/renderer'), [root]]);
      expect(told).toEqual([expect.stringContaining('Building the renderer first')]);
    });

    it('refuses to serve when the build fails, with its last lines and what to run', async () => {
      const root = project();
      const build: RendererBuild = () =>
        Promise.resolve({
          ok: false,
          output: '\u001b[31merror\u001b[39m\nrenderer/app/App.tsx: Unexpected token\n',
        });
      await expect(ensureRendererBuilt(root, { build })).rejects.toThrow(
        'The renderer build failed (run "npm run build" for details): error renderer/app/App.tsx: Unexpected token',
      );
    });

    it('refuses to serve when the build leaves no index.html', async () => {
      const { build } = recording();
      await expect(ensureRendererBuilt(project(), { build })).rejects.toThrow(
        /left no .*index\.html; run "npm run build"/,
      );
    });

    it('runs vite build in a child process, which reports a broken config', async () => {
      const root = project();
      writeFileSync(path.join(root, 'vite.config.ts'), "throw new Error('config is broken');\n");
      const result = await viteBuildProcess(root);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.output).toContain('config is broken');
    }, 60_000);
  });
});

describe('clockFromEnv', () => {
  let system = Date.parse('2030-01-01T00:00:00Z');
  const systemNow = () => system;

  it('is the system clock without DEAL_WORKBENCH_NOW', () => {
    expect(clockFromEnv({}, systemNow)().getTime()).toBe(system);
  });

  it('starts at DEAL_WORKBENCH_NOW and runs on at the system pace', () => {
    const now = clockFromEnv({ DEAL_WORKBENCH_NOW: '2026-11-23T10:00:00+08:00' }, systemNow);
    expect(now().toISOString()).toBe('2026-11-23T02:00:00.000Z');
    system += 1500;
    expect(now().toISOString()).toBe('2026-11-23T02:00:01.500Z');
  });

  it.each([
    'tomorrow',
    '2026-11-23',
    '2026-11-23T10:00:00',
    '2026-02-30T10:00:00+08:00',
    '2026-13-01T10:00:00Z',
    '2026-11-23T25:00:00Z',
  ])('refuses %s, naming the variable and the expected form', (value) => {
    expect(() => clockFromEnv({ DEAL_WORKBENCH_NOW: value }, systemNow)).toThrow(
      new UsageError(
        `DEAL_WORKBENCH_NOW must be a date and time with its time zone, such as 2026-11-23T10:00:00+08:00, not "${value}".`,
      ),
    );
  });

  it('is read by the browser shell only: the Electron main process keeps the system clock', () => {
    const main = readFileSync(path.join(import.meta.dirname, 'main.ts'), 'utf8');
    expect(main).not.toContain('DEAL_WORKBENCH_NOW');
    expect(main).not.toMatch(/from '\.\/serve\.ts'/);
  });
});

type Run = { code: number | null; stdout: string; stderr: string };

function runServe(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SERVE, ...args], {
      env: { ...process.env, DEAL_WORKBENCH_STATIC_DIR: staticDir, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('serve CLI', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'prints exactly the ready line, answers with the token, and exits 0 on %s',
    async (signal) => {
      const dbPath = path.join(tmp, `new-folder-${signal}`, 'ws.sqlite');
      const child = spawn(process.execPath, [SERVE, '--db', dbPath, '--port', '0'], {
        env: { ...process.env, DEAL_WORKBENCH_STATIC_DIR: staticDir },
      });
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (c: Buffer) => {
          stdout += c.toString();
          if (stdout.includes('\n')) resolve(stdout);
        });
        child.on('close', () => reject(new Error(`serve exited early: ${stderr}`)));
      });
      const match = READY.exec(line);
      expect(match, line).not.toBeNull();
      const [, port, token] = match ?? [];
      const base = `http://127.0.0.1:${port}`;

      const info = await fetch(`${base}/rpc/app.info`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(info.status).toBe(200);
      expect(await info.json()).toMatchObject({
        workspacePath: dbPath,
        version: expect.any(String),
      });
      const refused = await fetch(`${base}/rpc/app.info`, { method: 'POST', body: '{}' });
      expect(refused.status).toBe(401);
      expect(await (await fetch(`${base}/`)).text()).toBe('<title>Deal Workbench</title>');

      child.kill(signal);
      expect(await exited).toBe(0);
      expect(stdout).toBe(line);
      expect(stderr).toBe('');
      await expect(fetch(`${base}/`)).rejects.toThrow();
    },
  );

  it('listens on the workspace’s own port at every launch, or on another when it is taken', async () => {
    const listenOn = (port: number) =>
      new Promise<Server | null>((resolve) => {
        const server = createServer();
        server.once('error', () => resolve(null));
        server.listen(port, '127.0.0.1', () => resolve(server));
      });
    const close = (server: Server) => new Promise((resolve) => server.close(resolve));
    // A workspace whose own port is free on this machine right now.
    let dbPath = '';
    for (let i = 0; !dbPath; i++) {
      const candidate = path.join(tmp, `stable-${i}.sqlite`);
      const probe = await listenOn(workspacePort(candidate));
      if (probe) {
        await close(probe);
        dbPath = candidate;
      }
    }
    const own = workspacePort(dbPath);
    const launch = async () => {
      const child = spawn(process.execPath, [SERVE, '--db', dbPath], {
        env: { ...process.env, DEAL_WORKBENCH_STATIC_DIR: staticDir, DEAL_WORKBENCH_PORT: '' },
      });
      const line = await new Promise<string>((resolve) =>
        child.stdout.on('data', (c: Buffer) => resolve(c.toString())),
      );
      const port = Number(READY.exec(line)?.[1]);
      const exited = new Promise((resolve) => child.on('close', resolve));
      child.kill('SIGTERM');
      await exited;
      return port;
    };
    expect(await launch()).toBe(own);
    expect(await launch()).toBe(own);
    const blocker = await listenOn(own);
    try {
      const other = await launch();
      expect(other).not.toBe(own);
      expect(other).toBeGreaterThan(0);
    } finally {
      await close(blocker!);
    }
  }, 60_000);

  it('stops when the shell that started it is killed, as under `npm run serve`', async () => {
    // `; true` keeps sh from exec-ing node, so node is sh's child as it is under npm.
    const sh = spawn('sh', ['-c', `"${process.execPath}" "${SERVE}" --db "$DB" --port 0; true`], {
      env: {
        ...process.env,
        DB: path.join(tmp, 'orphan.sqlite'),
        DEAL_WORKBENCH_STATIC_DIR: staticDir,
      },
    });
    const line = await new Promise<string>((resolve) =>
      sh.stdout.on('data', (c: Buffer) => resolve(c.toString())),
    );
    const base = `http://127.0.0.1:${READY.exec(line)?.[1]}`;
    expect((await fetch(`${base}/`)).status).toBe(200);

    sh.kill('SIGKILL');
    await expect
      .poll(
        () =>
          fetch(`${base}/`).then(
            () => 'listening',
            () => 'stopped',
          ),
        { timeout: 5000 },
      )
      .toBe('stopped');
  });

  it('runs a new workspace on the clock of DEAL_WORKBENCH_NOW', async () => {
    const dbPath = path.join(tmp, 'fixed-clock.sqlite');
    const child = spawn(process.execPath, [SERVE, '--db', dbPath, '--port', '0'], {
      env: {
        ...process.env,
        DEAL_WORKBENCH_STATIC_DIR: staticDir,
        DEAL_WORKBENCH_NOW: '2026-11-23T10:00:00+08:00',
        TZ: 'Asia/Shanghai',
      },
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const line = await new Promise<string>((resolve) =>
      child.stdout.on('data', (c: Buffer) => resolve(c.toString())),
    );
    const [, port, token] = READY.exec(line) ?? [];
    const queue = await fetch(`http://127.0.0.1:${port}/rpc/reviews.queue`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    // The demo's new Yongsheng deal was opened 45 days before the fixed day, on 9 October.
    expect(await queue.json()).toContainEqual(
      expect.objectContaining({ rule: 'no_intent', days: 45, since: '2026-10-09' }),
    );
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('reads an import file sent in a body over 1 MiB, in a worker thread run from source', async () => {
    const dbPath = path.join(tmp, 'import.sqlite');
    const child = spawn(process.execPath, [SERVE, '--db', dbPath, '--port', '0'], {
      env: { ...process.env, DEAL_WORKBENCH_STATIC_DIR: staticDir },
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const line = await new Promise<string>((resolve) =>
      child.stdout.on('data', (c: Buffer) => resolve(c.toString())),
    );
    const [, port, token] = READY.exec(line) ?? [];
    const rpc = async (channel: string, input: unknown) => {
      const response = await fetch(`http://127.0.0.1:${port}/rpc/${channel}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Record<string, unknown>;
    };
    // 10,000 opportunities: about 1.2 MB, 1.6 MB as base64.
    const data = Buffer.from(utf8(opportunitiesCsv(10_000))).toString('base64');
    expect(data.length).toBeGreaterThan(1024 * 1024);
    const { jobId } = await rpc('importFiles.read', { fileName: '商机.csv', data });
    let job = await rpc('importFiles.job', { jobId });
    for (let i = 0; i < 1000 && job.state === 'reading'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      job = await rpc('importFiles.job', { jobId });
    }
    expect(job).toMatchObject({ state: 'ready', file: { rowCount: 10_000, encoding: 'utf-8' } });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);

  it('logs one line, not a stack trace, when a client leaves mid-request', async () => {
    const child = spawn(
      process.execPath,
      [SERVE, '--db', path.join(tmp, 'leaving.sqlite'), '--port', '0'],
      { env: { ...process.env, DEAL_WORKBENCH_STATIC_DIR: staticDir } },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const line = await new Promise<string>((resolve) =>
      child.stdout.on('data', (c: Buffer) => resolve(c.toString())),
    );
    const [, port, token] = READY.exec(line) ?? [];
    // Half a body, then the connection is cut: the server is left reading.
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /rpc/accounts.create HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
            `Authorization: Bearer ${token}\r\nContent-Type: application/json\r\n` +
            'Content-Length: 100\r\n\r\n{"name":',
        );
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on('close', () => resolve());
    });
    await expect.poll(() => stderr, { timeout: 5000 }).not.toBe('');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toBe(
      'deal-workbench serve: the client left before the answer to POST /rpc/accounts.create\n',
    );
  });

  it('refuses a bad DEAL_WORKBENCH_NOW with one line and exit code 2', async () => {
    const run = await runServe(['--db', path.join(tmp, 'never.sqlite')], {
      DEAL_WORKBENCH_NOW: 'yesterday',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^deal-workbench serve: DEAL_WORKBENCH_NOW must be .+\n$/);
  });

  it('prints help and exits 0', async () => {
    const run = await runServe(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--db PATH');
    expect(run.stderr).toBe('');
  });

  it('refuses bad arguments with one line and exit code 2', async () => {
    for (const args of [['--nope'], ['--port', 'abc']]) {
      const run = await runServe(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^deal-workbench serve: .+ See --help\.\n$/);
    }
  });

  describe('startup failures', () => {
    let busy: Server;
    let busyPort: number;

    beforeAll(async () => {
      busy = createServer();
      await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
      busyPort = (busy.address() as { port: number }).port;
    });
    afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

    async function expectFailure(args: string[], message: RegExp): Promise<void> {
      const run = await runServe(args);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^deal-workbench serve: [^\n]+\n$/);
      expect(run.stderr).toMatch(message);
    }

    it('says so when the port is in use', async () => {
      await expectFailure(
        ['--db', path.join(tmp, 'port.sqlite'), '--port', String(busyPort)],
        /already in use/,
      );
    });

    it('refuses a file that is not a workspace, leaving it as it was', async () => {
      const file = path.join(tmp, 'notes.sqlite');
      writeFileSync(file, 'just some notes, not SQLite at all');
      await expectFailure(['--db', file], /is not a Deal Workbench workspace/);
      expect(readFileSync(file, 'utf8')).toBe('just some notes, not SQLite at all');
    });

    it('refuses a workspace from a newer version, leaving it as it was', async () => {
      const file = path.join(tmp, 'future.sqlite');
      openWorkspace({
        dbPath: file,
        systemLocale: 'en',
        appVersion: '0.0.0',
        seedDemo: false,
      }).close();
      const db = new Database(file);
      db.pragma('user_version = 999');
      db.close();
      const before = readFileSync(file);
      await expectFailure(['--db', file], /newer version/);
      expect(readFileSync(file).equals(before)).toBe(true);
    });

    it('says so when the path cannot be created', async () => {
      const file = path.join(tmp, 'plain-file');
      writeFileSync(file, '');
      await expectFailure(
        ['--db', path.join(file, 'sub', 'ws.sqlite')],
        /Cannot open or create the workspace/,
      );
    });
  });
});
