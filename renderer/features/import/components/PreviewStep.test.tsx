import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreviewRow, ImportRowKind } from '../../../../shared/imports.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { ok, summary } from '../test/fixtures.ts';
import { PreviewStep } from './PreviewStep.tsx';

const row = (over: Partial<ImportPreviewRow>): ImportPreviewRow => ({
  rowNumber: 2,
  kind: 'create',
  label: '',
  accountName: '天普集团',
  match: null,
  changes: [],
  problems: [],
  ...over,
});

const rows: Record<ImportRowKind, ImportPreviewRow[]> = {
  create: [row({ rowNumber: 2, label: '王总' })],
  update: [
    row({
      rowNumber: 3,
      kind: 'update',
      label: '李工',
      match: { id: 'p_li', name: '李工', by: 'externalId' },
      changes: [{ field: 'title', before: '工程师', after: '技术主管' }],
    }),
  ],
  unchanged: [],
  refused: [
    row({
      rowNumber: 4,
      kind: 'refused',
      label: '赵六',
      problems: [
        {
          column: '上级',
          field: 'reportsTo',
          code: 'manager_not_found',
          message: 'That manager does not exist.',
        },
        {
          column: '生日',
          field: 'birthday',
          code: 'import_future_code',
          message: 'A reason this renderer has no words for.',
        },
        { column: null, field: 'title', code: 'too_long', message: 'x', params: { max: 100 } },
      ],
    }),
  ],
};

const server = (commit: () => unknown = () => ok(summary({ created: 1, updated: 1 }))) => ({
  'imports.previewRows': (input: unknown) => {
    const { kind } = input as { kind: ImportRowKind };
    return ok({ total: rows[kind].length, rows: rows[kind] });
  },
  'imports.commit': commit as never,
  'imports.refusedFile': () =>
    ok({ fileName: 'refused.csv', mimeType: 'text/csv', data: btoa('name,reason\n') }),
});

const preview = { previewId: 'prev_1', counts: { create: 1, update: 1, unchanged: 0, refused: 1 } };

describe('PreviewStep', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('shows each kind of row in its tab: the match and changes of updates, the reasons of refusals', async () => {
    renderWithProviders(
      <PreviewStep
        fileName="people.csv"
        preview={preview}
        checking={false}
        onCheckAgain={() => {}}
        onCommitted={() => {}}
      />,
      server(),
    );
    const tabs = screen.getByRole('tablist', {
      name: 'Rows of the file by what the import does with them',
    });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['To create1', 'To update1', 'Unchanged0', 'Refused1']);
    expect(
      within(await screen.findByRole('table', { name: 'To create: rows of the file' })).getByText(
        '王总',
      ),
    ).toBeTruthy();

    fireEvent.click(within(tabs).getByRole('tab', { name: /To update/ }));
    const updates = await screen.findByRole('table', { name: 'To update: rows of the file' });
    expect(within(updates).getByText('李工 (matched by id in the source)')).toBeTruthy();
    expect(within(updates).getByText('Title: 工程师 → 技术主管')).toBeTruthy();

    fireEvent.click(within(tabs).getByRole('tab', { name: /Refused/ }));
    const refused = await screen.findByRole('table', { name: 'Refused: rows of the file' });
    // A known code in the user's language with its column; an unknown one in the server's words.
    expect(within(refused).getByText('上级: That manager does not exist.')).toBeTruthy();
    expect(
      within(refused).getByText('生日: A reason this renderer has no words for.'),
    ).toBeTruthy();
    expect(within(refused).getByText('Title: Must be at most 100 characters.')).toBeTruthy();
  });

  it('reads the reasons in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(
      <PreviewStep
        fileName="people.csv"
        preview={{ ...preview, counts: { create: 0, update: 0, unchanged: 0, refused: 1 } }}
        checking={false}
        onCheckAgain={() => {}}
        onCommitted={() => {}}
      />,
      server(),
    );
    const refused = await screen.findByRole('table', { name: '被拒绝：文件中的行' });
    expect(within(refused).getByText(/^上级：/)).toBeTruthy();
    // Nothing to write: no import button.
    expect(screen.getByText('该文件中没有要新建或更改的行。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /导入/ })).toBeNull();
  });

  it('imports under the name given, and after a conflict checks again', async () => {
    const onCommitted = vi.fn();
    const onCheckAgain = vi.fn();
    const answer = { ok: false, error: { code: 'conflict', message: 'changed' } };
    const { calls } = renderWithProviders(
      <PreviewStep
        fileName="people.csv"
        preview={preview}
        checking={false}
        onCheckAgain={onCheckAgain}
        onCommitted={onCommitted}
      />,
      server(() => answer),
    );
    const name = screen.getByRole('textbox', { name: 'Name of this import' }) as HTMLInputElement;
    expect(name.value).toMatch(/^people\.csv \d{4}-\d{2}-\d{2}$/);
    fireEvent.change(name, { target: { value: 'Tianpu people' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 records' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The workspace changed since this preview')).toBeTruthy();
    expect(onCommitted).not.toHaveBeenCalled();
    fireEvent.click(within(alert).getByRole('button', { name: 'Check again' }));
    expect(onCheckAgain).toHaveBeenCalledTimes(1);
    expect(calls.filter((c) => c.channel === 'imports.commit')).toEqual([
      { channel: 'imports.commit', input: { previewId: 'prev_1', name: 'Tianpu people' } },
    ]);
  });

  it('downloads the refused rows as a file', async () => {
    const createObjectURL = vi.fn(() => 'blob:refused');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { calls } = renderWithProviders(
      <PreviewStep
        fileName="people.csv"
        preview={preview}
        checking={false}
        onCheckAgain={() => {}}
        onCommitted={() => {}}
      />,
      server(),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download refused rows' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Refused rows as Excel' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(calls.filter((c) => c.channel === 'imports.refusedFile')).toEqual([
      {
        channel: 'imports.refusedFile',
        input: { previewId: 'prev_1', format: 'xlsx', locale: 'en' },
      },
    ]);
    click.mockRestore();
  });
});
