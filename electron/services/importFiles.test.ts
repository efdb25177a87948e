import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/imports.ts';
import { ISSUE_MESSAGES } from '../../shared/issues.ts';
import { csvText, PEOPLE_ROWS, utf8Bom } from '../import/testFiles.ts';
import { rowCounts, testRouter, testServices } from './testing.ts';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const peopleCsv = utf8Bom(csvText(PEOPLE_ROWS.map((row) => [...row])));

describe('importFiles.* through the router', () => {
  it('reads a file sent as base64; the job is polled until ready and its table is the imports’ to use', async () => {
    const { services } = testServices();
    const router = testRouter(services);
    const started = await router.dispatch('importFiles.read', {
      fileName: '联系人.csv',
      data: base64(peopleCsv),
    });
    expect(started).toMatchObject({ ok: true, changed: [] });
    const { jobId } = (started as { data: { jobId: string } }).data;
    let job = await router.dispatch('importFiles.job', { jobId });
    for (let i = 0; i < 500 && job.ok && (job.data as { state: string }).state === 'reading'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      job = await router.dispatch('importFiles.job', { jobId });
    }
    expect(job).toMatchObject({
      ok: true,
      data: {
        state: 'ready',
        file: {
          encoding: 'utf-8',
          rowCount: 3,
          headers: ['客户名称', '姓名', '职务', '上级', '电话'],
        },
      },
    });
    const { fileId } = (job as { data: { file: { fileId: string } } }).data.file;
    expect(services.importFiles.table(fileId)?.rows).toHaveLength(3);

    expect(await router.dispatch('importFiles.cancel', { jobId })).toMatchObject({
      ok: true,
      data: { cancelled: true },
    });
    expect(services.importFiles.table(fileId)).toBeUndefined();
  }, 30_000);

  it('refuses data that is not base64, with a clear message and no job', async () => {
    const { db, services } = testServices();
    const router = testRouter(services);
    const before = rowCounts(db);
    for (const data of ['not base64!', 'data:text/csv;base64,YSxiCg==', 'YSxiCg', 'YSxi\nCg==']) {
      expect(await router.dispatch('importFiles.read', { fileName: 'a.csv', data })).toEqual({
        ok: false,
        error: {
          code: 'invalid_input',
          message: 'The file did not arrive intact. Choose it again.',
          issues: [
            {
              path: ['data'],
              code: 'file_not_base64',
              message: 'The file did not arrive intact. Choose it again.',
            },
          ],
        },
      });
    }
    expect(rowCounts(db)).toEqual(before);
  });

  it('refuses a file over 20 MB, whether the schema or the decoded size finds it', async () => {
    const { services } = testServices();
    const router = testRouter(services);
    const maxChars = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4;
    // Within the schema's length, but one byte too many once decoded.
    const decoded = await router.dispatch('importFiles.read', {
      fileName: 'big.csv',
      data: 'A'.repeat(maxChars),
    });
    const tooLong = await router.dispatch('importFiles.read', {
      fileName: 'big.csv',
      data: 'A'.repeat(maxChars + 4),
    });
    for (const result of [decoded, tooLong]) {
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'invalid_input',
          issues: [
            { path: ['data'], code: 'file_too_large', message: ISSUE_MESSAGES.file_too_large },
          ],
        },
      });
    }
    // The message names the contract's limit.
    expect(ISSUE_MESSAGES.file_too_large).toContain(`${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB`);
  });

  it('answers not_found for a job it does not know, and false when cancelling one', async () => {
    const router = testRouter(testServices().services);
    expect(await router.dispatch('importFiles.job', { jobId: 'unknown' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await router.dispatch('importFiles.cancel', { jobId: 'unknown' })).toMatchObject({
      ok: true,
      data: { cancelled: false },
    });
  });
});
