import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { BuyingRole } from '../../../../shared/committee.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { BuyingRolesSettings } from './BuyingRolesSettings.tsx';

const DECIDER: BuyingRole = {
  code: 'decider',
  labelZh: '决策者',
  labelEn: 'Decider',
  position: 1,
  hidden: false,
  builtIn: true,
};

function renderSettings() {
  return renderWithProviders(<BuyingRolesSettings />, {
    'buyingRoles.list': () => ({ ok: true, data: [DECIDER] }),
    'buyingRoles.update': (input) => ({ ok: true, data: { ...DECIDER, ...(input as object) } }),
  });
}

describe('BuyingRolesSettings', () => {
  afterEach(() => cleanup());

  it('does not save a label on the Enter that finishes an IME composition, then saves on Enter', async () => {
    const { calls } = renderSettings();
    const field = await screen.findByRole('textbox', { name: 'Chinese label of Decider' });
    fireEvent.change(field, { target: { value: '决策者证明' } });

    fireEvent.keyDown(field, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(field, { key: 'Enter', keyCode: 229 }); // Safari, after compositionend
    expect(calls.filter((c) => c.channel === 'buyingRoles.update')).toEqual([]);

    fireEvent.keyDown(field, { key: 'Enter' });
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'buyingRoles.update')).toEqual([
        { channel: 'buyingRoles.update', input: { code: 'decider', labelZh: '决策者证明' } },
      ]),
    );
  });
});
