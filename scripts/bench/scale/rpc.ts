// Answer time of every list channel through the real browser shell, against the SQL the service
// runs plus a bare Node HTTP echo of the same bytes, and a small channel's round trip against the
// echo alone. Pairs are interleaved (host, SQL, echo, in rotating order) and medians compared.
import type Database from 'better-sqlite3-multiple-ciphers';
import { performance } from 'node:perf_hooks';
import { channels, type ChannelInput, type ChannelName } from '../../../shared/channels.ts';
import { createHandlers } from '../../../electron/handlers.ts';
import { createRouter, type Router } from '../../../electron/router.ts';
import { createServices } from '../../../electron/services/index.ts';
import type { Echo, Serve } from './processes.ts';
import { prepareReplay, traceDb, type Replay } from './sqlTrace.ts';
import { bytes, median, ms, table, type TargetRow } from './stats.ts';

export type ListCase = { label: string; channel: ChannelName; input: ChannelInput<ChannelName> };

/** Over this an answer is flagged (issue 16: "no answer over 1 MB for any view"). */
export const MAX_ANSWER_BYTES = 1_000_000;

export type RpcContext = {
  db: Database.Database;
  dbPath: string;
  serve: Serve;
  echo: Echo;
  rounds: number;
  log: (line: string) => void;
};

type Sample = { host: number[]; sql: number[]; echo: number[] };

export async function benchRpc(
  ctx: RpcContext,
  lists: readonly ListCase[],
  small: readonly ListCase[],
): Promise<TargetRow[]> {
  const now = () => new Date();
  const options = {
    now,
    systemLocale: 'en' as const,
    appVersion: 'bench',
    workspacePath: ctx.dbPath,
  };
  const tracer = traceDb(ctx.db);
  const traced = createRouter(createHandlers(createServices({ ...options, db: tracer.db })));
  const plain = createRouter(createHandlers(createServices({ ...options, db: ctx.db })));
  const rows: TargetRow[] = [];

  ctx.log(
    `\nlist channels through the browser shell, ${ctx.rounds} interleaved rounds (medians):` +
      `\n  host = POST /rpc/<channel> with the launch token; SQL = the statements the service ran,` +
      `\n  replayed with the same parameters; echo = a bare Node HTTP server answering the same bytes;` +
      `\n  dispatch = router.dispatch in this process (validation + service); JSON = JSON.stringify.`,
  );
  const report: string[][] = [
    [
      'channel',
      'rows',
      'bytes',
      'host',
      'SQL',
      'echo',
      'ratio',
      'dispatch',
      'JSON',
      'stmts',
      '> 1 MB',
    ],
  ];
  const sizes: [string, number][] = [];
  for (const list of lists) {
    const { replay, answer } = await prepare(ctx, tracer, traced, list);
    const sample = await interleave(ctx, list, replay, answer);
    const host = median(sample.host);
    const base = median(sample.sql) + median(sample.echo);
    const inProcess = await dispatchCost(plain, list);
    const ratio = host / base;
    const tooBig = answer.length > MAX_ANSWER_BYTES;
    report.push([
      list.label,
      String(rowCount(JSON.parse(answer.toString('utf8')))),
      bytes(answer.length),
      ms(host),
      ms(median(sample.sql)),
      ms(median(sample.echo)),
      `${ratio.toFixed(2)}×`,
      ms(inProcess.dispatch),
      ms(inProcess.json),
      String(replay.statements),
      tooBig ? 'OVER' : '',
    ]);
    rows.push({
      group: 'rpc',
      target: `${list.label}: host ÷ (SQL + echo)`,
      measured: ratio,
      limit: 2,
      unit: '×',
      note: `${ms(host)} vs ${ms(median(sample.sql))} + ${ms(median(sample.echo))}; ${bytes(answer.length)}${tooBig ? ' OVER 1 MB' : ''}`,
    });
    sizes.push([list.label, answer.length]);
  }
  ctx.log(table(report));
  const over = sizes.filter(([, size]) => size > MAX_ANSWER_BYTES);
  const [largest, most] = sizes.reduce((a, b) => (b[1] > a[1] ? b : a));
  rows.push({
    group: 'rpc',
    target: 'list answers over 1 MB',
    measured: over.length,
    limit: 0,
    unit: 'count',
    note: over.map(([label, size]) => `${label} ${bytes(size)}`).join(', '),
  });
  rows.push({
    group: 'rpc',
    target: 'largest list answer',
    measured: most / 1e6,
    limit: MAX_ANSWER_BYTES / 1e6,
    unit: 'MB',
    note: largest,
  });

  ctx.log(`\nsmall channels: round trip through the shell vs the bare echo of the same bytes:`);
  const smallReport: string[][] = [
    ['channel', 'bytes', 'host', 'echo', 'ratio', 'validate', 'dispatch', 'JSON'],
  ];
  for (const list of small) {
    const { replay, answer } = await prepare(ctx, tracer, traced, list);
    const sample = await interleave(ctx, list, replay, answer, 20);
    const host = median(sample.host);
    const echo = median(sample.echo);
    const inProcess = await dispatchCost(plain, list);
    smallReport.push([
      list.label,
      bytes(answer.length),
      ms(host),
      ms(echo),
      `${(host / echo).toFixed(2)}×`,
      ms(validateCost(list)),
      ms(inProcess.dispatch),
      ms(inProcess.json),
    ]);
    rows.push({
      group: 'rpc',
      target: `round trip ${list.label} ÷ bare echo`,
      measured: host / echo,
      limit: 1.5,
      unit: '×',
      note: `${ms(host)} vs ${ms(echo)}`,
    });
  }
  ctx.log(table(smallReport));
  return rows;
}

async function prepare(
  ctx: RpcContext,
  tracer: ReturnType<typeof traceDb>,
  traced: Router,
  list: ListCase,
): Promise<{ replay: Replay; answer: Buffer }> {
  const { result, calls } = await tracer.record(() => traced.dispatch(list.channel, list.input));
  if (!result.ok) throw new Error(`${list.label}: ${JSON.stringify(result.error)}`);
  const replay = prepareReplay(ctx.db, calls);
  if (replay.writes > 0)
    ctx.log(`  note: ${list.label} wrote ${replay.writes} times; not replayed`);
  // The host's own answer is what the echo serves, byte for byte.
  let first: { status: number; body: Buffer } = { status: 0, body: Buffer.alloc(0) };
  await timed(async () => (first = await callHost(ctx.serve, list)));
  if (first.status !== 200) throw new Error(`${list.label}: HTTP ${first.status} ${first.body}`);
  await timed(() =>
    fetch(`${ctx.echo.origin}/echo/${encodeURIComponent(list.label)}`, {
      method: 'PUT',
      body: new Uint8Array(first.body),
    }),
  );
  return { replay, answer: first.body };
}

async function interleave(
  ctx: RpcContext,
  list: ListCase,
  replay: Replay,
  answer: Buffer,
  factor = 1,
): Promise<Sample> {
  const sample: Sample = { host: [], sql: [], echo: [] };
  const steps: [keyof Sample, () => Promise<unknown>][] = [
    ['host', () => callHost(ctx.serve, list)],
    [
      'sql',
      async () => {
        replay.run();
      },
    ],
    ['echo', () => callEcho(ctx.echo, list, answer.length)],
  ];
  // One untimed round warms caches, connections and the JIT on both sides.
  for (const [, step] of steps) await timed(step);
  const rounds = ctx.rounds * factor;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < steps.length; i++) {
      const [kind, step] = steps[(round + i) % steps.length]!;
      sample[kind].push(await timed(step));
    }
  }
  return sample;
}

/**
 * How long `step` takes. A kept-alive connection that the server closes just as it is reused
 * (its 5 s idle timeout, stretched on a loaded machine) fails the request: it is sent again and
 * only the attempt that succeeds is timed, for host and echo alike.
 */
async function timed(step: () => Promise<unknown>): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    try {
      await step();
      return performance.now() - started;
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      if (attempt === 3 || !cause?.code?.startsWith('UND_ERR_SOCKET')) throw error;
    }
  }
}

async function callHost(serve: Serve, list: ListCase): Promise<{ status: number; body: Buffer }> {
  const res = await fetch(`${serve.origin}/rpc/${list.channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${serve.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(list.input),
  });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
}

async function callEcho(echo: Echo, list: ListCase, expected: number): Promise<void> {
  const res = await fetch(`${echo.origin}/echo/${encodeURIComponent(list.label)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(list.input),
  });
  const body = await res.arrayBuffer();
  if (body.byteLength !== expected) throw new Error(`echo of ${list.label}: wrong length`);
}

/** Median in-process dispatch (validation + service) and JSON.stringify of its answer. */
async function dispatchCost(
  router: Router,
  list: ListCase,
): Promise<{ dispatch: number; json: number }> {
  const dispatch: number[] = [];
  const json: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const result = await router.dispatch(list.channel, list.input);
    dispatch.push(performance.now() - started);
    const s = performance.now();
    JSON.stringify(result.ok ? result.data : null);
    json.push(performance.now() - s);
  }
  return { dispatch: median(dispatch), json: median(json) };
}

function validateCost(list: ListCase): number {
  const schema = channels[list.channel].input;
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const started = performance.now();
    schema.safeParse(list.input);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Rows of an answer: an array's length, else the longest array among its fields. */
function rowCount(answer: unknown): number {
  if (Array.isArray(answer)) return answer.length;
  if (answer && typeof answer === 'object') {
    let most = 0;
    for (const value of Object.values(answer)) most = Math.max(most, rowCount(value));
    return most;
  }
  return 0;
}
