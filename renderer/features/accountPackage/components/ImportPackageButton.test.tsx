import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeIssue } from '../../../../shared/issues.ts';
import type { PackagePreview } from '../../../../shared/packages.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { ImportPackageButton } from './ImportPackageButton.tsx';

const preview: PackagePreview = {
  previewId: 'pv_1',
  fileName: 'Temp.dwpkg',
  accountName: 'Temp',
  exportedAt: '2026-11-20T08:00:00.000Z',
  appVersion: '1.4.0',
  items: [{ key: 'account:a_1', entity: 'account', label: 'Temp', status: 'new', fields: [] }],
  counts: { new: 1, theirs: 0, mine: 0, conflict: 0, same: 0 },
};

function pick(name: string, text: string) {
  const input = document.querySelector('input[type="file"]')!;
  expect(input.getAttribute('accept')).toBe('.dwpkg,application/zip');
  fireEvent.change(input, { target: { files: [new File([text], name)] } });
}

describe('ImportPackageButton', () => {
  afterEach(cleanup);

  it('sends the picked file as base64 and shows the preview', async () => {
    const { calls } = renderWithProviders(<ImportPackageButton />, {
      'packages.preview': () => ({ ok: true, data: preview }),
    });
    screen.getByRole('button', { name: 'Import account package…' });
    pick('Temp.dwpkg', 'PK-bytes');
    await screen.findByRole('dialog', { name: 'Import account package' });
    expect(calls.filter((c) => c.channel === 'packages.preview')).toEqual([
      { channel: 'packages.preview', input: { fileName: 'Temp.dwpkg', data: btoa('PK-bytes') } },
    ]);
  });

  it('shows why a file is refused, with no dialog', async () => {
    renderWithProviders(<ImportPackageButton />, {
      'packages.preview': () => ({
        ok: false,
        error: {
          code: 'invalid_input',
          message: 'too new',
          issues: [makeIssue([], 'package_too_new', { version: 2 })],
        },
      }),
    });
    pick('future.dwpkg', 'PK');
    await screen.findByText(
      'This account package was made by a newer version of Deal Workbench (format 2). Update Deal Workbench to open it. Nothing was imported.',
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
