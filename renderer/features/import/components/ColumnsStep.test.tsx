import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ImportField } from '../../../../shared/imports.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { ok, peopleFile } from '../test/fixtures.ts';
import { ColumnsStep, columnsProblem, sampleValues } from './ColumnsStep.tsx';

const render = (columns: (ImportField | null)[], onColumns = vi.fn()) =>
  renderWithProviders(
    <ColumnsStep
      file={peopleFile}
      recordType="people"
      source="salesforce"
      columns={columns}
      saved={false}
      dateOrder="ymd"
      accountId={null}
      problem={null}
      onColumns={onColumns}
      onDateOrder={() => {}}
      onAccountId={() => {}}
    />,
    { 'accounts.list': () => ok([]) },
  );

describe('ColumnsStep', () => {
  it('shows each column with sample values and the field it goes into', () => {
    render(['name', 'title', null, null, null]);
    const table = screen.getByRole('table', {
      name: 'Columns of the file and what they are imported as',
    });
    const row = within(table).getByText('职务').closest('tr') as HTMLElement;
    expect(within(row).getByText('总经理, 技术主管, 采购员')).toBeTruthy();
    expect(
      (within(row).getByRole('combobox', { name: 'Import column “职务” as' }) as HTMLInputElement)
        .value,
    ).toBe('Title');
    expect(
      screen.getByText('Suggested from the column headers; check it before going on.'),
    ).toBeTruthy();
    // No date column mapped: no question about date order; no account column: choose one.
    expect(
      screen.queryByRole('combobox', { name: 'Dates such as 3/5/2026 are written' }),
    ).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Account of every row' })).toBeTruthy();
  });

  it('maps a column and greys out a field another column already has', async () => {
    const onColumns = vi.fn();
    render(['name', 'title', null, null, null], onColumns);
    fireEvent.click(screen.getByRole('combobox', { name: 'Import column “上级” as' }));
    expect(
      (await screen.findByRole('option', { name: 'Name' })).getAttribute('data-combobox-disabled'),
    ).toBe('true');
    fireEvent.click(screen.getByRole('option', { name: 'Reports to' }));
    expect(onColumns).toHaveBeenCalledWith(['name', 'title', 'reportsTo', null, null]);
  });

  it('asks the date order once a date column is mapped', () => {
    render(['name', null, null, null, 'birthday']);
    expect(
      screen.getByRole('combobox', { name: 'Dates such as 3/5/2026 are written' }),
    ).toBeTruthy();
  });

  it('needs the name, and an account for people', () => {
    const t = i18n.getFixedT('en');
    expect(columnsProblem(t, 'people', [null, 'title'], 'acc_1')).toBe(
      'Map a column to “Name” to go on.',
    );
    expect(columnsProblem(t, 'people', ['name', 'title'], null)).toBe(
      'Map a column to “Account”, or choose the account every row goes to.',
    );
    expect(columnsProblem(t, 'people', ['name', 'account'], null)).toBeNull();
    expect(columnsProblem(t, 'accounts', ['name'], null)).toBeNull();
    expect(columnsProblem(t, 'activities', ['kind', 'account'], null)).toBe(
      'Map a column to “Date” to go on.',
    );
  });

  it('samples the first different values of a column, blanks left out', () => {
    expect(sampleValues([['a'], [null], [' a '], [2], ['b'], ['c']], 0)).toEqual(['a', '2', 'b']);
  });
});
