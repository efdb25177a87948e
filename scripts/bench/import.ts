// `npm run bench:import [-- --rows N]`: what importing a CRM's opportunity export costs (issue 14:
// 20,000 rows by default) — figures only, no assertions. The files are generated here (CSV and
// xlsx, Chinese names); each stage runs through the services as the app runs it (reading: in the
// worker thread) and is timed, with the process's memory peak while it ran (RSS covers the worker
// threads too; the heap is the main thread's). Further stages (preview, commit…) are added to
// STAGES below; they share what earlier stages left in `Bench`.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { ImportFile } from '../../shared/imports.ts';
import { accountCreate } from '../../shared/schemas.ts';
import {
  opportunitiesCsv,
  opportunitiesXlsx,
  opportunity,
  utf8,
} from '../../electron/import/testFiles.ts';
import { createServices, type Services } from '../../electron/services/index.ts';
import { openStore } from '../../electron/store/connection.ts';

type Format = 'csv' | 'xlsx';

/** What the stages share: the workspace's services, the files made and the files read. */
export type Bench = {
  rows: number;
  services: Services;
  files: Partial<Record<Format, { fileName: string; data: string; bytes: number }>>;
  read: Partial<Record<Format, ImportFile>>;
  /** The preview of the CSV file, and the import its commit made. */
  previewId?: string;
  importId?: string;
  /** The size in bytes of each exported file. */
  exported?: Partial<Record<Format, number>>;
};

export type Stage = { name: string; run(bench: Bench): Promise<void> | void };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads a generated file as importFiles.read does, polling its job as the wizard does. */
async function parse(bench: Bench, format: Format): Promise<void> {
  const file = bench.files[format];
  if (!file) throw new Error(`No ${format} file was generated.`);
  const { jobId } = bench.services.importFiles.read({ fileName: file.fileName, data: file.data });
  for (;;) {
    const job = bench.services.importFiles.job({ jobId });
    if (job.state === 'ready') {
      bench.read[format] = job.file;
      return;
    }
    if (job.state !== 'reading')
      throw new Error(`Reading ${file.fileName}: ${JSON.stringify(job)}`);
    await pause(5);
  }
}

function keep(bench: Bench, format: Format, bytes: Uint8Array) {
  bench.files[format] = {
    fileName: `商机.${format}`,
    data: Buffer.from(bytes).toString('base64'),
    bytes: bytes.length,
  };
}

/** The accounts the export names, as an earlier import of accounts would have left them. */
function createAccounts(bench: Bench): void {
  const names = new Set(Array.from({ length: bench.rows }, (_, i) => opportunity(i).account));
  for (const name of names) bench.services.accounts.create(accountCreate.parse({ name }));
}

/** The suggested mapping, the value step's suggestions taken, then the preview of every row. */
function preview(bench: Bench): void {
  const { imports } = bench.services;
  const fileId = bench.read.csv!.fileId;
  const recordType = 'opportunities';
  const { columns } = imports.mapping({ fileId, recordType, source: 'xiaoshouyi' });
  const valueMaps: Record<string, Record<string, string | null>> = {};
  for (const { field, values } of imports.values({ fileId, recordType, columns })) {
    valueMaps[field] = Object.fromEntries(values.map((v) => [v.value, v.suggestion]));
  }
  const { previewId, counts } = imports.preview({
    fileId,
    recordType,
    source: 'xiaoshouyi',
    columns,
    valueMaps,
    dateOrder: 'ymd',
    accountId: null,
  });
  if (counts.create !== bench.rows) throw new Error(`Preview: ${JSON.stringify(counts)}`);
  bench.previewId = previewId;
}

async function commit(bench: Bench): Promise<void> {
  const summary = await bench.services.imports.commit({
    previewId: bench.previewId!,
    name: 'bench',
  });
  bench.importId = summary.id;
}

/** The imported deals as the opportunities list exports them: typed columns, one row a deal. */
async function exportDeals(bench: Bench, format: 'xlsx' | 'csv'): Promise<void> {
  const deals = bench.services.opportunities.list({});
  const file = await bench.services.exports.table({
    format,
    name: '商机',
    columns: [
      { header: '项目名称', type: 'text' },
      { header: '客户', type: 'text' },
      { header: '金额', type: 'money', currency: 'CNY' },
      { header: '预计成交日期', type: 'date' },
      { header: '阶段', type: 'text' },
      { header: '成交可能性', type: 'percent' },
      { header: '负责人', type: 'text' },
    ],
    rows: deals.map((d) => [
      d.name,
      d.accountName,
      d.amount,
      d.expectedCloseDate,
      d.salesStage,
      d.probability,
      d.owner,
    ]),
  });
  if (deals.length < bench.rows) throw new Error(`Export: ${deals.length} deals`);
  bench.exported = { ...bench.exported, [format]: Math.round((file.data.length * 3) / 4) };
}

export const STAGES: Stage[] = [
  { name: 'generate CSV', run: (b) => keep(b, 'csv', utf8(opportunitiesCsv(b.rows))) },
  { name: 'generate xlsx', run: async (b) => keep(b, 'xlsx', await opportunitiesXlsx(b.rows)) },
  { name: 'parse CSV (worker)', run: (b) => parse(b, 'csv') },
  { name: 'parse xlsx (worker)', run: (b) => parse(b, 'xlsx') },
  { name: 'create the accounts named', run: createAccounts },
  { name: 'map and preview CSV', run: preview },
  { name: 'commit (one transaction)', run: commit },
  { name: 'export the deals to xlsx', run: (b) => exportDeals(b, 'xlsx') },
  { name: 'export the deals to CSV', run: (b) => exportDeals(b, 'csv') },
  { name: 'undo the import', run: (b) => void b.services.imports.undo({ id: b.importId! }) },
];

type Row = { stage: string; ms: number; rssMiB: number; heapMiB: number };

const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Runs `fn`, sampling the memory every 10 ms: its time and the highest RSS and heap seen. */
async function measure(fn: () => Promise<void> | void): Promise<Omit<Row, 'stage'>> {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 10);
  const started = performance.now();
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  const ms = performance.now() - started;
  sample();
  return { ms: Math.round(ms), rssMiB: mib(rss), heapMiB: mib(heap) };
}

export async function runBench(
  rows: number,
  stages: readonly Stage[] = STAGES,
): Promise<{ results: Row[]; bench: Bench }> {
  const now = () => new Date();
  const { db } = openStore(':memory:', now);
  const services = createServices({
    db,
    now,
    systemLocale: 'zh-CN',
    appVersion: 'bench',
    workspacePath: ':memory:',
  });
  const bench: Bench = { rows, services, files: {}, read: {} };
  const results: Row[] = [];
  try {
    for (const stage of stages) {
      results.push({ stage: stage.name, ...(await measure(() => stage.run(bench))) });
    }
  } finally {
    db.close();
  }
  return { results, bench };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '20000' } } });
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1) throw new Error('--rows must be a whole number above 0');
  console.log(
    `Import and export of ${rows.toLocaleString('en')} opportunities (Node ${process.version}):\n`,
  );
  const { results, bench } = await runBench(rows);
  console.table(
    results.map((r) => ({
      stage: r.stage,
      'time (ms)': r.ms,
      'peak RSS (MiB)': r.rssMiB,
      'peak heap (MiB)': r.heapMiB,
    })),
  );
  for (const [format, file] of Object.entries(bench.files)) {
    console.log(`${format} imported: ${(file.bytes / 1024 / 1024).toFixed(1)} MiB`);
  }
  for (const [format, bytes] of Object.entries(bench.exported ?? {})) {
    console.log(`${format} exported: ${(bytes / 1024 / 1024).toFixed(1)} MiB`);
  }
  const peak = Math.max(...results.map((r) => r.rssMiB));
  console.log(`\nProcess memory peak (RSS, worker threads included): ${peak} MiB`);
}
