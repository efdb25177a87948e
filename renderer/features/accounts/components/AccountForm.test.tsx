import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeIssue } from '../../../../shared/issues.ts';
import { emptyAccountDraft, type Account } from '../../../../shared/schemas.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { AccountForm } from './AccountForm.tsx';

const account: Account = {
  ...emptyAccountDraft,
  id: 'acc_temp',
  name: 'Temp Company',
  archived: false,
  version: 3,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-02T00:00:00Z',
};

const nameInput = () => screen.getByRole('textbox', { name: /^Name/ }) as HTMLInputElement;
const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('AccountForm', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it("shows the server's issue next to its field, keeps the input and saves nothing", async () => {
    const onSaved = vi.fn();
    const { calls } = renderWithProviders(
      <AccountForm account={null} onCancel={() => {}} onSaved={onSaved} />,
      {
        'accounts.list': () => ({ ok: true, data: [] }),
        'accounts.create': () => ({
          ok: false,
          error: {
            code: 'invalid_input',
            message: 'The input is not valid.',
            issues: [makeIssue(['name'], 'duplicate_name')],
          },
        }),
      },
    );

    // Found once: a role query over the whole form, repeated while waiting, costs seconds in jsdom.
    const name = nameInput();
    fireEvent.change(name, { target: { value: 'Temp Company' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(name)).toContain('Another active account already has this name.');
    expect(name.value).toBe('Temp Company');
    expect(screen.getByRole('alert').textContent).toContain('Nothing was saved');
    expect(calls.filter((c) => c.channel === 'accounts.create')).toHaveLength(1);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('validates as the user types, in the active language, without calling the server', async () => {
    await i18n.changeLanguage('zh-CN');
    const { calls } = renderWithProviders(
      <AccountForm account={account} onCancel={() => {}} onSaved={() => {}} />,
      {
        'accounts.list': () => ({ ok: true, data: [] }),
      },
    );
    const name = screen.getByRole('textbox', { name: /^名称/ });

    fireEvent.change(name, { target: { value: '   ' } });
    await waitFor(() => expect(errorOf(name)).toContain('此项为必填项。'));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(calls.some((c) => c.channel === 'accounts.update')).toBe(false);
  });

  it('sends the version and offers a reload when someone else saved first', async () => {
    const fresh = { ...account, name: 'Temp Company Ltd.', version: 4 };
    const { calls } = renderWithProviders(
      <AccountForm account={account} onCancel={() => {}} onSaved={() => {}} />,
      {
        'accounts.list': () => ({ ok: true, data: [] }),
        'accounts.update': () => ({
          ok: false,
          error: { code: 'conflict', message: 'Changed by someone else.' },
        }),
        'accounts.get': () => ({ ok: true, data: fresh }),
      },
    );

    fireEvent.change(nameInput(), { target: { value: 'Temp Co.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Someone else changed this record')).toBeTruthy();
    expect(calls.find((c) => c.channel === 'accounts.update')?.input).toMatchObject({
      id: 'acc_temp',
      version: 3,
      name: 'Temp Co.',
    });
    expect(nameInput().value).toBe('Temp Co.');

    fireEvent.click(screen.getByRole('button', { name: 'Reload the record' }));
    await waitFor(() => expect(nameInput().value).toBe('Temp Company Ltd.'));
    expect(screen.queryByText('Someone else changed this record')).toBeNull();
  });
});
