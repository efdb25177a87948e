// The crash test (issue 13): a child process writes to a workspace under load and acknowledges
// each committed write on stdout; it is killed with SIGKILL at a random moment, round after
// round on the same file. Then the workspace is opened as the app opens it and every
// acknowledged write must be there, with `PRAGMA integrity_check` ok.
// `npm run bench:crash -- --rounds 20` prints the figures for more rounds than the test runs.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { openStore } from '../../electron/store/connection.ts';

const WRITER = path.join(import.meta.dirname, 'writer.ts');

export type Ack =
  { kind: 'account' | 'person'; id: string } | { kind: 'update'; id: string; version: number };

export type CrashFigures = {
  rounds: number;
  /** Writes acknowledged in each round before its kill. */
  acknowledgedPerRound: number[];
  /** How long after its first acknowledgement each round's child was killed, in ms. */
  killAfterMs: number[];
  acknowledged: number;
  /** Acknowledged writes missing after reopening, described. */
  lost: string[];
  integrity: string;
};

function parseAck(line: string): Ack | undefined {
  const [kind, id, version] = line.split(' ');
  if ((kind === 'account' || kind === 'person') && id) return { kind, id };
  if (kind === 'update' && id && version) return { kind, id, version: Number(version) };
  return undefined;
}

/** One child: started, killed with SIGKILL `killAfterMs` after its first acknowledgement. */
function round(dbPath: string, index: number, killAfterMs: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dbPath, String(index)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Only whole lines count: a line cut off by the kill was never fully acknowledged.
    createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
      const ack = parseAck(line);
      if (!ack) return;
      if (acks.length === 0) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      acks.push(ack);
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (signal === 'SIGKILL' && acks.length > 0) resolve(acks);
      else reject(new Error(`the writer stopped on its own (${signal ?? _code}): ${stderr}`));
    });
  });
}

/** Which acknowledged writes the workspace no longer holds. */
export function missing(dbPath: string, acks: Ack[]): { lost: string[]; integrity: string } {
  const { db } = openStore(dbPath, () => new Date());
  try {
    const account = db.prepare<[string], { version: number }>(
      'SELECT version FROM accounts WHERE id = ?',
    );
    const person = db.prepare<[string], { id: string }>('SELECT id FROM people WHERE id = ?');
    const lost = acks.flatMap((ack) => {
      if (ack.kind === 'person') return person.get(ack.id) ? [] : [`person ${ack.id}`];
      const row = account.get(ack.id);
      if (ack.kind !== 'update') return row ? [] : [`account ${ack.id}`];
      return row && row.version >= ack.version ? [] : [`update ${ack.id} to v${ack.version}`];
    });
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join('; ');
    return { lost, integrity };
  } finally {
    db.close();
  }
}

export async function crashRounds(options: {
  dbPath: string;
  rounds: number;
  /** Range of the random delay between a child's first acknowledgement and its kill. */
  minKillMs?: number;
  maxKillMs?: number;
}): Promise<CrashFigures> {
  const { minKillMs = 50, maxKillMs = 1500 } = options;
  const acks: Ack[] = [];
  const acknowledgedPerRound: number[] = [];
  const killAfterMs: number[] = [];
  for (let index = 0; index < options.rounds; index++) {
    const delay = Math.round(minKillMs + Math.random() * (maxKillMs - minKillMs));
    const roundAcks = await round(options.dbPath, index, delay);
    acks.push(...roundAcks);
    acknowledgedPerRound.push(roundAcks.length);
    killAfterMs.push(delay);
  }
  return {
    rounds: options.rounds,
    acknowledgedPerRound,
    killAfterMs,
    acknowledged: acks.length,
    ...missing(options.dbPath, acks),
  };
}

export function describeFigures(figures: CrashFigures): string {
  return (
    `crash test: ${figures.rounds} rounds killed with SIGKILL ` +
    `(after ${figures.killAfterMs.join(', ')} ms), ` +
    `${figures.acknowledged} writes acknowledged (${figures.acknowledgedPerRound.join(' + ')}), ` +
    `${figures.lost.length} lost, integrity_check ${figures.integrity}`
  );
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '20' } } });
  const dir = mkdtempSync(path.join(tmpdir(), 'dw-crash-'));
  try {
    const figures = await crashRounds({
      dbPath: path.join(dir, 'workspace.sqlite'),
      rounds: Number(values.rounds),
    });
    console.log(describeFigures(figures));
    for (const write of figures.lost) console.log(`  lost: ${write}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
