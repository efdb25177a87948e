import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '../../shared/localDate.ts';
import { makeIssue } from '../../shared/issues.ts';
import { i18n } from '../i18n/i18n.ts';
import { renderWithProviders } from '../test/renderWithProviders.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import type { ExportTable } from './exportTable.ts';

const TABLE: ExportTable = {
  columns: [
    { header: '客户名称', type: 'text' },
    { header: '金额', type: 'money', currency: 'CNY' },
  ],
  rows: [
    ['华东制造', 1200],
    ['北方重工', 300],
  ],
};

function captureDownloads() {
  const names: string[] = [];
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return names;
}

async function choose(item: string) {
  fireEvent.click(screen.getByRole('button', { name: /导出|Export/ }));
  fireEvent.click(await screen.findByRole('menuitem', { name: item }));
}

describe('ExportMenu', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends the list as shown, named after it and today, and saves the answer', async () => {
    await i18n.changeLanguage('zh-CN');
    const downloads = captureDownloads();
    const table = vi.fn(() => TABLE);
    const { calls } = renderWithProviders(<ExportMenu name="客户" table={table} />, {
      'exports.table': () => ({
        ok: true,
        data: { fileName: `客户 ${localDay()}.xlsx`, mimeType: 'application/x', data: 'AAEC' },
      }),
    });
    // The rows are built when a format is chosen, not on render.
    expect(table).not.toHaveBeenCalled();
    await choose('导出为 Excel (.xlsx)');
    await waitFor(() => expect(downloads).toEqual([`客户 ${localDay()}.xlsx`]));
    expect(calls).toEqual([
      {
        channel: 'exports.table',
        input: { format: 'xlsx', name: `客户 ${localDay()}`, ...TABLE },
      },
    ]);
    expect(await screen.findByText(`已保存 客户 ${localDay()}.xlsx。`)).toBeTruthy();
  });

  it('cuts a very long list name so that the file name stays within the contract', async () => {
    captureDownloads();
    const { calls } = renderWithProviders(
      <ExportMenu name={'长'.repeat(150)} table={() => TABLE} />,
      {
        'exports.table': () => ({
          ok: true,
          data: { fileName: 'x.csv', mimeType: 'text/csv', data: '' },
        }),
      },
    );
    await choose('CSV (.csv)');
    await waitFor(() => expect(calls).toHaveLength(1));
    expect((calls[0]!.input as { name: string }).name).toBe(`${'长'.repeat(100)} ${localDay()}`);
  });

  it('shows a refusal in the user’s language and saves nothing', async () => {
    await i18n.changeLanguage('zh-CN');
    const downloads = captureDownloads();
    renderWithProviders(<ExportMenu name="客户" table={() => TABLE} />, {
      'exports.table': () => ({
        ok: false,
        error: {
          code: 'invalid_input',
          message: 'refused',
          issues: [makeIssue(['rows', 1, 1], 'export_not_a_number', { row: 2, column: '金额' })],
        },
      }),
    });
    await choose('导出为 CSV (.csv)');
    expect(await screen.findByText('第 2 行“金额”列：不是数字。未导出任何内容。')).toBeTruthy();
    expect(screen.getByText('列表未导出')).toBeTruthy();
    expect(downloads).toEqual([]);
  });
});
