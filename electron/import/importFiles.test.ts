import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { importJob, type ImportJob } from '../../shared/imports.ts';
import { createImportFiles, SAMPLE_ROWS, type ImportFiles } from './importFiles.ts';
import { accountsXlsx, csvText, gbk, opportunitiesCsv, PEOPLE_ROWS, utf8 } from './testFiles.ts';

const registries: ImportFiles[] = [];
const tmp = mkdtempSync(path.join(tmpdir(), 'dw-import-'));

function registry(options?: Parameters<typeof createImportFiles>[0]): ImportFiles {
  const files = createImportFiles(options);
  registries.push(files);
  return files;
}

afterEach(() => {
  for (const files of registries.splice(0)) files.dispose();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls a job as the wizard does, until it settles; every state seen, each valid by the contract. */
async function settled(files: ImportFiles, jobId: string): Promise<ImportJob[]> {
  const seen: ImportJob[] = [];
  for (let i = 0; i < 3000; i++) {
    const job = importJob.parse(files.job(jobId));
    seen.push(job);
    if (job.state !== 'reading') return seen;
    await sleep(10);
  }
  throw new Error('The job never settled');
}

const people = gbk(csvText(PEOPLE_ROWS.map((row) => [...row])));

describe('reading in a worker thread', () => {
  it('reads 20,000 rows with progress below 1 before it is ready, and keeps the table', async () => {
    const files = registry();
    const jobId = files.read('商机.csv', utf8(opportunitiesCsv(20_000)));
    const seen = await settled(files, jobId);
    const progress = seen.flatMap((j) => (j.state === 'reading' ? [j.progress] : []));
    expect(progress.some((p) => p > 0 && p < 1)).toBe(true);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const last = seen.at(-1)!;
    if (last.state !== 'ready') throw new Error(`Not ready: ${JSON.stringify(last)}`);
    expect(last.file).toMatchObject({
      fileName: '商机.csv',
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      headerRow: 1,
      rowCount: 20_000,
    });
    expect(last.file.sample).toHaveLength(SAMPLE_ROWS);
    const table = files.table(last.file.fileId)!;
    expect(table.rows).toHaveLength(20_000);
    expect(table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells)).toEqual(last.file.sample);
    expect(table.headers).toEqual(last.file.headers);
  }, 60_000);

  it('reads a GBK CSV and an xlsx sheet, as chosen', async () => {
    const files = registry();
    const csv = (await settled(files, files.read('联系人.csv', people))).at(-1);
    expect(csv).toMatchObject({
      state: 'ready',
      file: {
        encoding: 'gb18030',
        rowCount: 3,
        sample: [
          ['华东电力', '张伟', '总经理', null, '13800000001'],
          expect.anything(),
          expect.anything(),
        ],
      },
    });
    const xlsx = (await settled(files, files.read('客户.xlsx', await accountsXlsx(), '联系人'))).at(
      -1,
    );
    expect(xlsx).toMatchObject({
      state: 'ready',
      file: { format: 'xlsx', sheets: ['说明', '客户', '联系人'], sheet: '联系人', rowCount: 1 },
    });
  }, 30_000);

  it('fails with the reason for junk, an empty file and an .xls, keeping nothing', async () => {
    const files = registry();
    const xls = new Uint8Array(512);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const junk = new Uint8Array(2048).map((_, i) => (i * 37) % 256);
    const cases: [Uint8Array, string][] = [
      [junk, 'unsupported'],
      [new Uint8Array(), 'empty'],
      [xls, 'unsupported'],
    ];
    for (const [bytes, code] of cases) {
      const last = (await settled(files, files.read('file', bytes))).at(-1);
      expect(last).toMatchObject({ state: 'failed', code, message: expect.any(String) });
    }
  }, 30_000);
});

describe('cancel', () => {
  it('stops a reading job: cancelled, and no table comes of it', { timeout: 30_000 }, async () => {
    const files = registry();
    const jobId = files.read('商机.csv', utf8(opportunitiesCsv(20_000)));
    // Cancelled halfway through the reading.
    for (let job = files.job(jobId); job.state === 'reading' && job.progress === 0;) {
      await sleep(5);
      job = files.job(jobId);
    }
    expect(files.job(jobId)).toMatchObject({ state: 'reading', progress: expect.any(Number) });
    expect(files.cancel(jobId)).toBe(true);
    expect(files.job(jobId)).toEqual({ state: 'cancelled' });
    // The worker is gone: nothing it might have posted changes the job.
    await sleep(1500);
    expect(files.job(jobId)).toEqual({ state: 'cancelled' });
    expect(files.cancel(jobId)).toBe(false);
  });

  it('forgets a read file’s table', async () => {
    const files = registry();
    const jobId = files.read('联系人.csv', people);
    const ready = (await settled(files, jobId)).at(-1);
    if (ready?.state !== 'ready') throw new Error('Not ready');
    expect(files.table(ready.file.fileId)).toBeDefined();
    expect(files.cancel(jobId)).toBe(true);
    expect(files.job(jobId)).toEqual({ state: 'cancelled' });
    expect(files.table(ready.file.fileId)).toBeUndefined();
  }, 30_000);

  it('answers false for a job it does not know, and not_found when one is polled', () => {
    const files = registry();
    expect(files.cancel('nope')).toBe(false);
    expect(() => files.job('nope')).toThrow(AppError);
    expect(() => files.job('nope')).toThrow(/choose the file again/);
  });
});

describe('memory', () => {
  it('keeps only the newest tables', async () => {
    const files = registry({ maxTables: 2 });
    const fileIds: string[] = [];
    for (const name of ['a.csv', 'b.csv', 'c.csv']) {
      const last = (await settled(files, files.read(name, people))).at(-1);
      if (last?.state !== 'ready') throw new Error('Not ready');
      fileIds.push(last.file.fileId);
    }
    expect(fileIds.map((id) => files.table(id)?.fileName)).toEqual([undefined, 'b.csv', 'c.csv']);
  }, 30_000);
});

describe('a worker that breaks', () => {
  it('fails the job as unreadable and leaves the process running', async () => {
    const script = path.join(tmp, 'broken.mjs');
    writeFileSync(script, "throw new Error('boom');\n");
    const files = registry({ workerFile: script });
    const last = (await settled(files, files.read('a.csv', people))).at(-1);
    expect(last).toEqual({
      state: 'failed',
      code: 'unreadable',
      message: 'Deal Workbench could not read this file (boom). It may be damaged.',
    });
  });

  it('fails the job when the worker exits without an answer', async () => {
    const script = path.join(tmp, 'silent.mjs');
    writeFileSync(script, 'process.exit(3);\n');
    const files = registry({ workerFile: script });
    const last = (await settled(files, files.read('a.csv', people))).at(-1);
    expect(last).toMatchObject({
      state: 'failed',
      code: 'unreadable',
      message: expect.stringMatching(/stopped unexpectedly/),
    });
  });
});
