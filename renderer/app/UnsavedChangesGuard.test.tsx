import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY } from '../../shared/bridge.ts';
import { renderWithProviders } from '../test/renderWithProviders.tsx';
import { useRoute } from '../routes/useRoute.ts';
import { dirtyForms, type DirtyForm } from '../ui/form/dirtyForms.ts';
import { UnsavedChangesGuard } from './UnsavedChangesGuard.tsx';

/** The guard with a screen that shows the route and a sidebar-like link. */
function Screen() {
  const current = useRoute();
  return (
    <>
      <p data-testid="screen">{current.name}</p>
      <a href="#/opportunities">Opportunities</a>
      <UnsavedChangesGuard />
    </>
  );
}

const key = Symbol('sheet');

function registerDirty(over: Partial<DirtyForm> = {}) {
  const form: DirtyForm = {
    isDirty: () => true,
    discard: vi.fn(),
    element: () => null,
    ...over,
  };
  act(() => dirtyForms.set(key, form));
  return form;
}

describe('UnsavedChangesGuard', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '#/accounts');
  });
  afterEach(() => {
    act(() => dirtyForms.set(key, null));
    cleanup();
  });

  it('lets navigation through while nothing is unsaved', async () => {
    renderWithProviders(<Screen />, {});
    fireEvent.click(screen.getByRole('link', { name: 'Opportunities' }));
    await waitFor(() => expect(screen.getByTestId('screen').textContent).toBe('opportunities'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks before a link leaves a dirty form: keep editing stays, discard goes', async () => {
    renderWithProviders(<Screen />, {});
    const form = registerDirty();
    fireEvent.click(screen.getByRole('link', { name: 'Opportunities' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    expect(window.location.hash).toBe('#/accounts');
    // No save offered: the form cannot be saved from here.
    expect(screen.queryByRole('button', { name: 'Save and continue' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByTestId('screen').textContent).toBe('accounts');
    expect(form.discard).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('link', { name: 'Opportunities' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Discard' }));
    expect(form.discard).toHaveBeenCalled();
    await waitFor(() => expect(screen.getByTestId('screen').textContent).toBe('opportunities'));
    expect(dialog.isConnected).toBe(false);
  });

  it('holds Back (a hashchange) and puts the address back; save and continue saves first', async () => {
    renderWithProviders(<Screen />, {});
    let saved = false;
    registerDirty({
      isDirty: () => !saved,
      save: vi.fn(async () => {
        saved = true;
        return true;
      }),
    });
    act(() => {
      window.location.hash = '#/competitors';
    });
    await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    expect(window.location.hash).toBe('#/accounts');
    expect(screen.getByTestId('screen').textContent).toBe('accounts');
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    await waitFor(() => expect(screen.getByTestId('screen').textContent).toBe('competitors'));
    expect(saved).toBe(true);
  });

  it('stays when the save is refused', async () => {
    renderWithProviders(<Screen />, {});
    registerDirty({ save: async () => false });
    fireEvent.click(screen.getByRole('link', { name: 'Opportunities' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save and continue' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(window.location.hash).toBe('#/accounts');
    expect(screen.getByTestId('screen').textContent).toBe('accounts');
  });

  it('in the browser shell, asks the browser before the tab closes or reloads with unsaved changes', () => {
    renderWithProviders(<Screen />, {});
    // The browser shell has no Electron bridge (Electron's own window closes without a refusal).
    Reflect.deleteProperty(window, BRIDGE_KEY);
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
    registerDirty();
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
  });
});
