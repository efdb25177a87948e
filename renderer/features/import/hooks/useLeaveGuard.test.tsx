import { act, fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useRoute } from '../../../routes/useRoute.ts';
import { useLeaveGuard } from './useLeaveGuard.ts';

function Screen({ active, onBlocked }: { active: boolean; onBlocked: (hash: string) => void }) {
  const route = useRoute();
  useLeaveGuard(active, onBlocked);
  return <p>{route.name}</p>;
}

const hashChange = async (hash: string) => {
  await act(async () => {
    window.location.hash = hash;
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
};

describe('useLeaveGuard', () => {
  it('holds a change of screen while active and lets it through otherwise', async () => {
    window.history.replaceState(null, '', '#/import');
    const onBlocked = vi.fn();
    const { container, rerender } = render(<Screen active onBlocked={onBlocked} />);
    expect(container.textContent).toBe('import');

    await hashChange('#/accounts');
    expect(onBlocked).toHaveBeenCalledWith('#/accounts');
    expect(window.location.hash).toBe('#/import');
    expect(container.textContent).toBe('import');

    rerender(<Screen active={false} onBlocked={onBlocked} />);
    await hashChange('#/accounts');
    expect(container.textContent).toBe('accounts');
    expect(onBlocked).toHaveBeenCalledTimes(1);
  });
});

describe('useLeaveGuard on a link', () => {
  it('stops the click before the address changes', () => {
    window.history.replaceState(null, '', '#/import');
    const onBlocked = vi.fn();
    const { getByRole } = render(
      <>
        <Screen active onBlocked={onBlocked} />
        <a href="#/accounts">Accounts</a>
      </>,
    );
    fireEvent.click(getByRole('link', { name: 'Accounts' }));
    expect(window.location.hash).toBe('#/import');
    expect(onBlocked).toHaveBeenCalledWith('#/accounts');
  });
});

describe('useLeaveGuard on closing the tab', () => {
  it('asks the browser to confirm while active', () => {
    const onBlocked = vi.fn();
    const { rerender } = render(<Screen active onBlocked={onBlocked} />);
    const held = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(held);
    expect(held.defaultPrevented).toBe(true);

    rerender(<Screen active={false} onBlocked={onBlocked} />);
    const free = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(free);
    expect(free.defaultPrevented).toBe(false);
  });
});
