// `npm run bench:rpc`: what one round trip of a small channel costs through the browser shell
// (issue 16), next to a bare Node loopback HTTP echo — figures only, no assertions.
//  - serve: the real `node electron/serve.ts` in its own process, on a copy of --db FILE (never
//    FILE itself; e.g. the large workspace of `npm run generate:large`), else a new demo workspace;
//  - echo: a plain `node:http` server in its own process that sends back the body it reads, with
//    the same Content-Type;
//  - one client, keep-alive, the same headers to both; the calls alternate (echo, rpc, echo, …)
//    so that both see the same machine load. Prints both medians, the ratio and serve's memory
//    (resident now and at its peak) after the calls.
// Options: --calls N (default 2000), --warmup N (default 200), --channel NAME (default
// app.info), --db FILE, --static DIR (default: dist/renderer, built first when missing).
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ensureRendererBuilt } from '../../electron/serve.ts';
import { median } from './writeWorkload.ts';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '2000' },
    warmup: { type: 'string', default: '200' },
    channel: { type: 'string', default: 'app.info' },
    db: { type: 'string' },
    static: { type: 'string' },
  },
});
const CALLS = Number(values.calls);
const WARMUP = Number(values.warmup);
const root = path.resolve(import.meta.dirname, '..', '..');

// The echo: what any Node HTTP answer costs, with nothing of ours in it.
const ECHO = `
const { createServer } = require('node:http');
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => console.log('echo ready at ' + server.address().port));
`;

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before its ready line`)));
  });
}

type Target = { port: number; path: string; headers: Record<string, string>; body: string };

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** One call; answers its milliseconds and the bytes of its answer. */
function once(target: Target): Promise<{ ms: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(
      {
        host: '127.0.0.1',
        port: target.port,
        method: 'POST',
        path: target.path,
        headers: target.headers,
        agent,
      },
      (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`${target.path}: HTTP ${res.statusCode}`));
          else resolve({ ms: performance.now() - started, bytes });
        });
      },
    );
    req.on('error', reject);
    req.end(target.body);
  });
}

/** VmRSS and VmHWM of a process, in MiB (Linux). */
function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
    return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'dw-bench-rpc-'));
  const dbPath = path.join(folder, 'workspace.sqlite');
  if (values.db) copyFileSync(values.db, dbPath);
  const staticDir = values.static ?? (await ensureRendererBuilt(root));
  const children: ChildProcess[] = [];
  try {
    const serve = spawn(
      process.execPath,
      [path.join(root, 'electron/serve.ts'), '--db', dbPath, '--port', '0'],
      {
        env: { ...process.env, DEAL_WORKBENCH_STATIC_DIR: staticDir, XDG_CONFIG_HOME: folder },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    children.push(serve);
    const ready = /ready at http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+)$/.exec(
      await firstLine(serve),
    );
    if (!ready) throw new Error('serve printed no ready line');
    const echo = spawn(process.execPath, ['-e', ECHO], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(echo);
    const echoPort = Number(/(\d+)$/.exec(await firstLine(echo))?.[1]);

    const headers = {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${ready[2]}`,
      Host: `127.0.0.1:${ready[1]}`,
    };
    const rpc: Target = {
      port: Number(ready[1]),
      path: `/rpc/${values.channel}`,
      headers,
      body: '{}',
    };
    const { bytes } = await once(rpc);
    // The echo sends back as many bytes as the channel answers.
    const bare: Target = {
      port: echoPort,
      path: '/echo',
      headers: { ...headers, Host: `127.0.0.1:${echoPort}` },
      body: JSON.stringify({ pad: 'x'.repeat(Math.max(0, bytes - 10)) }),
    };

    const times = { echo: [] as number[], rpc: [] as number[] };
    for (let i = 0; i < WARMUP + CALLS; i++) {
      const [first, second] = i % 2 === 0 ? (['echo', 'rpc'] as const) : (['rpc', 'echo'] as const);
      const a = await once(first === 'echo' ? bare : rpc);
      const b = await once(second === 'echo' ? bare : rpc);
      if (i < WARMUP) continue;
      times[first].push(a.ms);
      times[second].push(b.ms);
    }
    const echoMs = median(times.echo);
    const rpcMs = median(times.rpc);
    const memory = memoryOf(serve.pid!);
    const ms = (n: number) => `${(n * 1000).toFixed(0)} µs`;
    console.log(
      `${CALLS} calls each, interleaved, after ${WARMUP} to warm up; answers of ${bytes} bytes`,
    );
    console.log(`bare Node echo        median ${ms(echoMs)}`);
    console.log(`rpc ${values.channel.padEnd(17)} median ${ms(rpcMs)}`);
    console.log(`ratio rpc / echo      ${(rpcMs / echoMs).toFixed(2)}× (target ≤ 1.5×)`);
    if (memory)
      console.log(
        `serve memory          ${memory.rss.toFixed(0)} MiB resident, ${memory.peak.toFixed(0)} MiB at its peak`,
      );
  } finally {
    agent.destroy();
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map((c) => new Promise((r) => (c.exitCode === null ? c.once('exit', r) : r(null)))),
    );
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
