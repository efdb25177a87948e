// "The raw SQL of the same query": the services run on a connection that notes every statement
// they execute with its parameters; replaying exactly those statements (prepared beforehand,
// rows read as the service read them) is what the answer costs in SQLite alone. Everything the
// shell spends beyond it is the service's JavaScript, the router, JSON and HTTP.
import type Database from 'better-sqlite3-multiple-ciphers';

type Method = 'all' | 'get' | 'iterate' | 'run';
export type TracedCall = {
  sql: string;
  method: Method;
  args: unknown[];
  pluck: boolean;
  raw: boolean;
  expand: boolean;
};

export type Tracer = {
  /** The connection to hand to createServices. */
  db: Database.Database;
  /** Notes the statements run while `fn` runs. */
  record<T>(fn: () => Promise<T>): Promise<{ result: T; calls: TracedCall[] }>;
};

const EXECUTE = new Set<string | symbol>(['all', 'get', 'iterate', 'run']);
const MODES = new Set<string | symbol>(['pluck', 'raw', 'expand']);

export function traceDb(db: Database.Database): Tracer {
  let log: TracedCall[] | null = null;

  const wrapStatement = (statement: Database.Statement, sql: string): Database.Statement => {
    const mode = { pluck: false, raw: false, expand: false };
    const proxy: Database.Statement = new Proxy(statement, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        const fn = value as (...a: unknown[]) => unknown;
        if (EXECUTE.has(prop)) {
          return (...args: unknown[]) => {
            log?.push({ sql, method: prop as Method, args, ...mode });
            return fn.apply(target, args);
          };
        }
        if (MODES.has(prop)) {
          return (toggle?: boolean) => {
            const on = toggle !== false;
            if (prop === 'pluck') Object.assign(mode, { pluck: on, raw: false, expand: false });
            if (prop === 'raw') Object.assign(mode, { pluck: false, raw: on, expand: false });
            if (prop === 'expand') Object.assign(mode, { pluck: false, raw: false, expand: on });
            fn.apply(target, toggle === undefined ? [] : [toggle]);
            return proxy;
          };
        }
        return (...args: unknown[]) => {
          const result = fn.apply(target, args);
          return result === target ? proxy : result;
        };
      },
    });
    return proxy;
  };

  const traced = new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') {
        return (sql: string) => wrapStatement(target.prepare(sql), sql);
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });

  return {
    db: traced,
    async record(fn) {
      const calls: TracedCall[] = [];
      log = calls;
      try {
        return { result: await fn(), calls };
      } finally {
        log = null;
      }
    },
  };
}

export type Replay = {
  /** Statements the service ran, of which the writes (never replayed). */
  statements: number;
  writes: number;
  /** Runs the reads once, reading every row. */
  run(): void;
};

/** Prepares the recorded reads on `db` (untimed) and returns what runs them again. */
export function prepareReplay(db: Database.Database, calls: readonly TracedCall[]): Replay {
  const prepared = new Map<string, Database.Statement>();
  const steps: (() => void)[] = [];
  let writes = 0;
  for (const call of calls) {
    if (call.method === 'run') {
      writes += 1;
      continue;
    }
    const key = `${call.pluck ? 'p' : call.raw ? 'r' : call.expand ? 'e' : 'o'}:${call.sql}`;
    let statement = prepared.get(key);
    if (!statement) {
      statement = db.prepare(call.sql);
      if (call.pluck) statement.pluck();
      if (call.raw) statement.raw();
      if (call.expand) statement.expand();
      prepared.set(key, statement);
    }
    const s = statement;
    const args = call.args;
    if (call.method === 'all') steps.push(() => void s.all(...args));
    else if (call.method === 'get') steps.push(() => void s.get(...args));
    else
      steps.push(() => {
        for (const row of s.iterate(...args)) void row;
      });
  }
  return {
    statements: calls.length,
    writes,
    run() {
      for (const step of steps) step();
    },
  };
}
