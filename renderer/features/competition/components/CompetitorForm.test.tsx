import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { competitorItem, conflict, makeIssue, ok } from '../test/fixtures.ts';
import { CompetitorForm } from './CompetitorForm.tsx';

const nameInput = () => screen.getByRole('textbox', { name: /^Name/ }) as HTMLInputElement;
const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('CompetitorForm', () => {
  afterEach(async () => {
    cleanup();
    window.localStorage.clear();
    await i18n.changeLanguage('en');
  });

  it('shows a refused duplicate name at the field, keeps the input and saves nothing', async () => {
    const onSaved = vi.fn();
    const { calls } = renderWithProviders(
      <CompetitorForm competitor={null} onCancel={() => {}} onSaved={onSaved} />,
      {
        // As the service answers it: a conflict carrying the name's issue.
        'competitors.create': () => ({
          ok: false,
          error: {
            code: 'conflict',
            message: 'Another active account already has this name.',
            issues: [makeIssue(['name'], 'duplicate_name')],
          },
        }),
      },
    );
    fireEvent.change(nameInput(), { target: { value: 'Acme Machines' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(nameInput().getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(nameInput())).toContain('Another active competitor already has this name.');
    expect(nameInput().value).toBe('Acme Machines');
    expect(screen.getByRole('alert').textContent).toContain('Nothing was saved');
    expect(screen.queryByText('Someone else changed this record')).toBeNull();
    expect(calls.filter((c) => c.channel === 'competitors.create')).toHaveLength(1);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('refuses an empty name in Chinese without calling the server', async () => {
    await i18n.changeLanguage('zh-CN');
    const { calls } = renderWithProviders(
      <CompetitorForm competitor={null} onCancel={() => {}} onSaved={() => {}} />,
      {},
    );
    const name = screen.getByRole('textbox', { name: /^名称/ });
    fireEvent.change(name, { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(errorOf(name)).toContain('此项为必填项。'));
    expect(calls.some((c) => c.channel === 'competitors.create')).toBe(false);
  });

  it('sends who verified a new entry and remembers the name', async () => {
    window.localStorage.setItem('dealWorkbench.competitorVerifier', 'Chen Ming');
    const { calls } = renderWithProviders(
      <CompetitorForm competitor={null} onCancel={() => {}} onSaved={() => {}} />,
      { 'competitors.create': (input) => ok({ ...competitorItem({}), ...(input as object) }) },
    );
    expect((screen.getByRole('textbox', { name: 'Verified by' }) as HTMLInputElement).value).toBe(
      'Chen Ming',
    );
    fireEvent.change(nameInput(), { target: { value: 'Bolt' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Verified by' }), {
      target: { value: 'Zheng Peng' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'competitors.create')).toBe(true));
    expect(calls.find((c) => c.channel === 'competitors.create')?.input).toMatchObject({
      name: 'Bolt',
      verifiedBy: 'Zheng Peng',
    });
    await waitFor(() =>
      expect(window.localStorage.getItem('dealWorkbench.competitorVerifier')).toBe('Zheng Peng'),
    );
  });

  it('sends the version and offers a reload when someone else saved first', async () => {
    const entry = competitorItem({ id: 'cmp_acme', name: 'Acme', version: 3 });
    renderWithProviders(
      <CompetitorForm competitor={entry} onCancel={() => {}} onSaved={() => {}} />,
      {
        'competitors.update': () => conflict(),
        'competitors.get': () => ok({ ...entry, name: 'Acme Machines', version: 4, deals: [] }),
      },
    );
    fireEvent.change(nameInput(), { target: { value: 'Acme Co.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Someone else changed this record')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reload the record' }));
    await waitFor(() => expect(nameInput().value).toBe('Acme Machines'));
  });
});
