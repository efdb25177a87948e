import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_FILE_BYTES, type ImportJob } from '../../../../shared/imports.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { ok, peopleFile, summary } from '../test/fixtures.ts';
import { dirtyForms } from '../../../ui/form/dirtyForms.ts';
import { ImportWizard } from './ImportWizard.tsx';

const accounts = [
  { id: 'acc_tp', name: '天普集团' },
  { id: 'acc_hx', name: '华信' },
].map((a) => ({
  ...a,
  grade: null,
  funnelStage: 'prospect',
  owner: null,
  industry: null,
  region: null,
  archived: false,
  version: 1,
  peopleCount: 0,
  openOpportunities: 0,
}));

const pick = (container: HTMLElement, file: File) => {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [file] } });
};
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next' }));
const choose = async (combobox: string, option: string) => {
  fireEvent.click(screen.getByRole('combobox', { name: combobox }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
};

describe('ImportWizard', () => {
  it('reads a file, maps its columns and values, previews and imports it', async () => {
    const jobs: ImportJob[] = [
      { state: 'reading', progress: 0.4 },
      { state: 'ready', file: peopleFile },
    ];
    expect(dirtyForms.isDirty()).toBe(false);
    const { container, calls } = renderWithProviders(
      <ImportWizard initialRecordType="people" initialAccountId="acc_tp" />,
      {
        'accounts.list': () => ok(accounts),
        'importFiles.read': () => ok({ jobId: 'job_1' }),
        'importFiles.job': () => ok(jobs.length > 1 ? jobs.shift() : jobs[0]),
        'imports.mapping': () =>
          ok({
            columns: ['name', 'title', 'reportsTo', 'level', null],
            valueMaps: { level: { 决策: 'decision' } },
            dateOrder: 'ymd',
            saved: true,
          }),
        'imports.values': () =>
          ok([
            {
              field: 'level',
              options: ['operational', 'management', 'decision'],
              values: [
                { value: '决策', count: 1, suggestion: null },
                { value: '管理', count: 1, suggestion: 'management' },
                { value: '操作', count: 1, suggestion: 'operational' },
              ],
            },
          ]),
        'imports.preview': () =>
          ok({ previewId: 'prev_1', counts: { create: 2, update: 0, unchanged: 0, refused: 1 } }),
        'imports.previewRows': () =>
          ok({
            total: 2,
            rows: [
              {
                rowNumber: 2,
                kind: 'create',
                label: '王总',
                accountName: '天普集团',
                match: null,
                changes: [],
                problems: [],
              },
              {
                rowNumber: 3,
                kind: 'create',
                label: '李工',
                accountName: '天普集团',
                match: null,
                changes: [],
                problems: [],
              },
            ],
          }),
        'imports.commit': () => ok(summary({ created: 2 })),
      },
    );

    pick(container, new File(['姓名,职务\n'], '天普联系人.csv', { type: 'text/csv' }));
    // What the reader found, once the job is ready.
    const found = await screen.findByRole('table', { name: 'Found in “天普联系人.csv”' });
    expect(within(found).getByText('GB18030')).toBeTruthy();
    expect(within(found).getByText('Comma')).toBeTruthy();
    // A file read and not imported is unsaved work to the app's leave guard; nothing to save.
    expect(dirtyForms.isDirty()).toBe(true);
    expect(dirtyForms.canSaveAll()).toBe(false);
    expect(calls.find((c) => c.channel === 'importFiles.read')?.input).toEqual({
      fileName: '天普联系人.csv',
      data: btoa(unescape(encodeURIComponent('姓名,职务\n'))),
    });

    next();
    // From an account's "Import people…": people of that account are chosen already.
    expect(
      ((await screen.findByRole('radio', { name: 'People' })) as HTMLInputElement).checked,
    ).toBe(true);
    await waitFor(() =>
      expect(
        (screen.getByRole('combobox', { name: 'Account of every row' }) as HTMLInputElement).value,
      ).toBe('天普集团'),
    );
    next();

    expect(
      await screen.findByText('This mapping is the one you saved for Excel/CSV last time.'),
    ).toBeTruthy();
    const field = (header: string) =>
      (screen.getByRole('combobox', { name: `Import column “${header}” as` }) as HTMLInputElement)
        .value;
    expect(field('姓名')).toBe('Name');
    expect(field('上级')).toBe('Reports to');
    expect(field('生日')).toBe('Don’t import');
    await choose('Import column “生日” as', 'Birthday');
    // A date column asks how dates such as 3/5/2026 are written.
    expect(
      screen.getByRole('combobox', { name: 'Dates such as 3/5/2026 are written' }),
    ).toBeTruthy();
    next();

    // Values: the saved choice first, else the suggestion.
    const levels = await screen.findByRole('table', { name: 'Level: values in the file' });
    const ours = (value: string) =>
      (
        within(levels).getByRole('combobox', {
          name: `Import Level “${value}” as`,
        }) as HTMLInputElement
      ).value;
    expect(ours('决策')).toBe('Decision');
    expect(ours('管理')).toBe('Management');
    await choose('Import Level “操作” as', 'Refuse these rows');
    next();

    await screen.findByRole('table', { name: 'To create: rows of the file' });
    expect(calls.find((c) => c.channel === 'imports.preview')?.input).toEqual({
      fileId: 'file_1',
      recordType: 'people',
      source: 'excel',
      columns: ['name', 'title', 'reportsTo', 'level', 'birthday'],
      valueMaps: { level: { 决策: 'decision', 管理: 'management', 操作: null } },
      dateOrder: 'ymd',
      accountId: 'acc_tp',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 records' }));
    expect(await screen.findByText('2 records created')).toBeTruthy();
    // Imported: leaving no longer asks.
    await waitFor(() => expect(dirtyForms.isDirty()).toBe(false));
    expect(calls.filter((c) => c.channel === 'imports.commit')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Open 天普集团' }).getAttribute('href')).toBe(
      '#/accounts/acc_tp/people',
    );
  }, 30_000);

  it('discarding from the leave question puts the wizard back to its first step', async () => {
    const { container } = renderWithProviders(<ImportWizard />, {
      'importFiles.read': () => ok({ jobId: 'job_1' }),
      'importFiles.job': () => ok({ state: 'ready', file: peopleFile }),
    });
    pick(container, new File(['姓名,职务\n'], '天普联系人.csv', { type: 'text/csv' }));
    await screen.findByRole('table', { name: 'Found in “天普联系人.csv”' });
    next();
    await screen.findByRole('radio', { name: 'People' });
    expect(dirtyForms.isDirty()).toBe(true);
    act(() => dirtyForms.discardAll());
    await waitFor(() => expect(dirtyForms.isDirty()).toBe(false));
    expect(screen.queryByRole('radio', { name: 'People' })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Found in “天普联系人.csv”' })).toBeNull();
  });

  it('refuses a file over the size limit without sending it', async () => {
    const { container, calls } = renderWithProviders(<ImportWizard />, {});
    const big = new File(['x'], 'huge.csv');
    Object.defineProperty(big, 'size', { value: MAX_IMPORT_FILE_BYTES + 1 });
    pick(container, big);
    expect((await screen.findByRole('alert')).textContent).toContain(
      '“huge.csv” is 20 MB; files of at most 20 MB can be imported. Nothing was read.',
    );
    expect(calls.filter((c) => c.channel === 'importFiles.read')).toEqual([]);
    expect((screen.getByRole('button', { name: 'Next' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows why a file cannot be read, and cancels a read in progress', async () => {
    let state: ImportJob = { state: 'reading', progress: 0.25 };
    const { container, calls } = renderWithProviders(<ImportWizard />, {
      'importFiles.read': () => ok({ jobId: 'job_2' }),
      'importFiles.job': () => ok(state),
      'importFiles.cancel': () => ok({ cancelled: true }),
    });
    pick(container, new File(['a'], 'big.xlsx'));
    expect(await screen.findByRole('progressbar', { name: 'Reading progress' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel reading' }));
    expect(await screen.findByText('Reading was cancelled; nothing was kept.')).toBeTruthy();
    expect(calls.filter((c) => c.channel === 'importFiles.cancel')).toEqual([
      { channel: 'importFiles.cancel', input: { jobId: 'job_2' } },
    ]);

    state = { state: 'failed', code: 'empty', message: 'The sheet “Sheet1” has no rows.' };
    pick(container, new File(['a'], 'empty.xlsx'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('“empty.xlsx” cannot be imported')).toBeTruthy();
    expect(within(alert).getByText('The file holds no rows to import.')).toBeTruthy();
    expect(within(alert).getByText('The sheet “Sheet1” has no rows.')).toBeTruthy();
  });

  it('reads another sheet of a workbook when one is chosen', async () => {
    const workbook = {
      ...peopleFile,
      fileId: 'file_x',
      fileName: '客户资料.xlsx',
      format: 'xlsx' as const,
      encoding: null,
      delimiter: null,
      sheets: ['说明', '联系人'],
      sheet: '说明',
    };
    let sheet = '说明';
    const { container, calls } = renderWithProviders(<ImportWizard />, {
      'importFiles.read': (input) => {
        sheet = (input as { sheet?: string }).sheet ?? '说明';
        return ok({ jobId: `job_${sheet}` });
      },
      'importFiles.job': () => ok({ state: 'ready', file: { ...workbook, sheet } }),
    });
    pick(container, new File(['PK'], '客户资料.xlsx'));
    await screen.findByRole('table', { name: 'Found in “客户资料.xlsx”' });
    await choose('Sheet', '联系人');
    await waitFor(() =>
      expect((screen.getByRole('combobox', { name: 'Sheet' }) as HTMLInputElement).value).toBe(
        '联系人',
      ),
    );
    const reads = calls.filter((c) => c.channel === 'importFiles.read');
    expect(reads.map((c) => (c.input as { sheet?: string }).sheet)).toEqual([undefined, '联系人']);
    // The same bytes are sent again; the user does not pick the file twice.
    expect((reads[1]?.input as { data: string }).data).toBe(
      (reads[0]?.input as { data: string }).data,
    );
  });
});
