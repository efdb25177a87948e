import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeIssue } from '../../../../shared/issues.ts';
import type { WorkspaceInfo } from '../../../../shared/workspace.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders, type FakeServer } from '../../../test/renderWithProviders.tsx';
import { okInfo } from '../test/fixtures.ts';
import { WorkspaceSettings } from './WorkspaceSettings.tsx';

const SECRET = 'a long enough passphrase';

/** A workspace whose passphrase the fake server keeps, refusing a wrong current one. */
function server(encrypted: boolean): FakeServer {
  let info: WorkspaceInfo = { ...okInfo, encrypted };
  let passphrase: string | null = encrypted ? SECRET : null;
  return {
    'workspace.info': () => ({ ok: true, data: info }),
    'workspace.backups': () => ({ ok: true, data: [] }),
    'workspace.setPassphrase': (input) => {
      const { current, next } = input as { current?: string; next: string | null };
      if (passphrase !== null && current !== passphrase)
        return {
          ok: false,
          error: {
            code: 'invalid_input',
            message: 'wrong',
            issues: [makeIssue(['current'], 'wrong_passphrase')],
          },
        };
      passphrase = next;
      info = { ...info, encrypted: next !== null };
      return { ok: true, data: info, changed: ['backup'] };
    },
  };
}

const field = (dialog: HTMLElement, name: string) =>
  within(dialog).getByLabelText(new RegExp(`^${name}`), { selector: 'input' });
const type = (dialog: HTMLElement, name: string, value: string) =>
  fireEvent.change(field(dialog, name), { target: { value } });

describe('PassphraseSettings (Settings → Workspace → Encryption)', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('sets a passphrase once it is long enough and typed twice alike', async () => {
    const { calls } = renderWithProviders(<WorkspaceSettings />, server(false));
    expect(await screen.findByText(/^Not encrypted:/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Set a passphrase…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Encrypt the workspace' });
    expect(within(dialog).queryByLabelText(/^Current passphrase/)).toBeNull();

    type(dialog, 'New passphrase', 'short');
    type(dialog, 'Repeat the new passphrase', 'short');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Encrypt' }));
    expect(
      await within(dialog).findByText('A passphrase needs at least 8 characters.'),
    ).toBeTruthy();
    type(dialog, 'New passphrase', SECRET);
    type(dialog, 'Repeat the new passphrase', `${SECRET}?`);
    expect(await within(dialog).findByText('The two passphrases are not the same.')).toBeTruthy();
    expect(calls.some((c) => c.channel === 'workspace.setPassphrase')).toBe(false);

    type(dialog, 'Repeat the new passphrase', SECRET);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Encrypt' }));
    expect(await screen.findByText(/^Encrypted with a passphrase:/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      calls.filter((c) => c.channel === 'workspace.setPassphrase').map((c) => c.input),
    ).toEqual([{ next: SECRET }]);
  });

  it('a wrong current passphrase is shown at its field and changes nothing; the right one changes it', async () => {
    const { calls } = renderWithProviders(<WorkspaceSettings />, server(true));
    fireEvent.click(await screen.findByRole('button', { name: 'Change the passphrase…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the passphrase' });
    type(dialog, 'Current passphrase', 'not the one');
    type(dialog, 'New passphrase', 'the next passphrase');
    type(dialog, 'Repeat the new passphrase', 'the next passphrase');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Change' }));
    expect(
      await within(dialog).findByText('This is not the workspace’s current passphrase.'),
    ).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Change the passphrase' })).toBeTruthy();

    type(dialog, 'Current passphrase', SECRET);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Change' }));
    expect(
      await screen.findByText('The passphrase is changed, for the workspace and its backups.'),
    ).toBeTruthy();
    expect(
      calls.filter((c) => c.channel === 'workspace.setPassphrase').map((c) => c.input),
    ).toEqual([
      { current: 'not the one', next: 'the next passphrase' },
      { current: SECRET, next: 'the next passphrase' },
    ]);
  });

  it('removes the passphrase after the current one is typed, and reads in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    const { calls } = renderWithProviders(<WorkspaceSettings />, server(true));
    expect(await screen.findByText(/^已用密码加密/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '取消密码…' }));
    const dialog = await screen.findByRole('dialog', { name: '取消密码' });
    expect(dialog.textContent).toContain('恢复为不加密存储');
    expect(within(dialog).queryByLabelText(/^新密码/)).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: '取消密码' }));
    expect(await within(dialog).findByText('此项为必填项。')).toBeTruthy();
    type(dialog, '当前密码', SECRET);
    fireEvent.click(within(dialog).getByRole('button', { name: '取消密码' }));
    expect(await screen.findByText(/^未加密/)).toBeTruthy();
    expect(
      calls.filter((c) => c.channel === 'workspace.setPassphrase').map((c) => c.input),
    ).toEqual([{ current: SECRET, next: null }]);
  });

  it('offers no change on a damaged workspace', async () => {
    renderWithProviders(<WorkspaceSettings />, {
      ...server(false),
      'workspace.info': () => ({
        ok: true,
        data: { ...okInfo, state: 'damaged', readOnly: true, encrypted: false },
      }),
    });
    const button = await screen.findByRole('button', { name: 'Set a passphrase…' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });
});
