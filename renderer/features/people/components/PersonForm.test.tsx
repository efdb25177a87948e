import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeIssue } from '../../../../shared/issues.ts';
import { emptyPersonDraft, type Person } from '../../../../shared/schemas.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { PersonForm } from './PersonForm.tsx';

const person = (id: string, name: string, managerId: string | null = null): Person => ({
  ...emptyPersonDraft,
  id,
  accountId: 'acc_temp',
  name,
  managerId,
  archived: false,
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
});

const chairman = person('p_chair', 'Wang Jianguo');
const vp = person('p_vp', 'Sun Lihua', 'p_chair');

describe('PersonForm', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('puts a refused reporting line next to "Reports to" and an account problem at the top, in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    const onSaved = vi.fn();
    renderWithProviders(
      <PersonForm
        accountId="acc_temp"
        person={chairman}
        people={[chairman, vp]}
        onCancel={() => {}}
        onSaved={onSaved}
      />,
      {
        'people.update': () => ({
          ok: false,
          error: {
            code: 'invalid_input',
            message: 'The input is not valid.',
            issues: [
              makeIssue(['managerId'], 'manager_cycle'),
              makeIssue(['accountId'], 'account_archived'),
            ],
          },
        }),
      },
    );

    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    const reportsTo = await screen.findByRole('combobox', { name: /^直接上级/ });
    await waitFor(() => expect(reportsTo.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (reportsTo.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent).join(' ')).toContain(
      '这条汇报关系会形成循环：此人最终会向自己汇报。',
    );
    expect(screen.getByRole('alert').textContent).toContain('该客户已归档。');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('creates the person on its account and reports success', async () => {
    const onSaved = vi.fn();
    const { calls } = renderWithProviders(
      <PersonForm
        accountId="acc_temp"
        person={null}
        people={[chairman]}
        onCancel={() => {}}
        onSaved={onSaved}
      />,
      {
        'people.create': (input) => ({
          ok: true,
          data: { ...person('p_new', 'Li Na'), ...(input as object) },
        }),
      },
    );

    fireEvent.change(screen.getByRole('textbox', { name: /^Name/ }), {
      target: { value: ' Li Na ' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /^E-mail/ }), {
      target: { value: 'li.na@temp.example' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(calls.find((c) => c.channel === 'people.create')?.input).toMatchObject({
      accountId: 'acc_temp',
      name: 'Li Na',
      email: 'li.na@temp.example',
    });
  });

  it('hides the reporting lines of a person outside the customer, asks for the organisation and saves no line', async () => {
    const consultant: Person = {
      ...person('p_cons', 'Zhou Min', 'p_chair'),
      secondManagerId: 'p_vp',
    };
    const onSaved = vi.fn();
    const { calls } = renderWithProviders(
      <PersonForm
        accountId="acc_temp"
        person={consultant}
        people={[chairman, vp, consultant]}
        onCancel={() => {}}
        onSaved={onSaved}
      />,
      {
        'people.update': (input) => ({
          ok: true,
          data: { ...consultant, ...(input as object), version: 2 },
        }),
      },
    );

    expect(screen.getByRole('combobox', { name: /^Reports to/ })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: /^Organisation/ })).toBeNull();

    fireEvent.click(screen.getByRole('switch', { name: /^Outside the customer/ }));

    expect(screen.queryByRole('combobox', { name: /^Reports to/ })).toBeNull();
    expect(screen.queryByRole('combobox', { name: /^Dotted-line manager/ })).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: /^Organisation/ }), {
      target: { value: '华东电力设计院' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(calls.find((c) => c.channel === 'people.update')?.input).toMatchObject({
      id: 'p_cons',
      external: true,
      organization: '华东电力设计院',
      managerId: null,
      secondManagerId: null,
    });
  });

  it('shows an external person as such in Chinese and drops the organisation when moved inside', async () => {
    await i18n.changeLanguage('zh-CN');
    const official: Person = {
      ...person('p_off', 'Qian Hao'),
      external: true,
      organization: '市发改委',
    };
    const onSaved = vi.fn();
    const { calls } = renderWithProviders(
      <PersonForm
        accountId="acc_temp"
        person={official}
        people={[chairman, official]}
        onCancel={() => {}}
        onSaved={onSaved}
      />,
      {
        'people.update': (input) => ({
          ok: true,
          data: { ...official, ...(input as object), version: 2 },
        }),
      },
    );

    const toggle = screen.getByRole('switch', { name: /^客户外部人员/ });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: /^所在机构/ }) as HTMLInputElement).value).toBe(
      '市发改委',
    );
    expect(screen.queryByRole('combobox', { name: /^直接上级/ })).toBeNull();

    fireEvent.click(toggle);
    expect(screen.getByRole('combobox', { name: /^直接上级/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(calls.find((c) => c.channel === 'people.update')?.input).toMatchObject({
      external: false,
      organization: '',
    });
  });

  it('offers nobody outside the customer as a manager', async () => {
    const designer: Person = {
      ...person('p_des', 'Zhao Lei'),
      external: true,
      organization: 'East China Electric Power Design Institute',
    };
    renderWithProviders(
      <PersonForm
        accountId="acc_temp"
        person={null}
        people={[chairman, designer]}
        onCancel={() => {}}
        onSaved={() => {}}
      />,
      {},
    );

    const reportsTo = screen.getByRole('combobox', { name: /^Reports to/ });
    fireEvent.click(reportsTo);
    // Closed dropdowns are not mounted in tests: the one list is this field's.
    const list = await screen.findByRole('listbox', { hidden: true });
    const options = await within(list).findAllByRole('option', { hidden: true });
    expect(options.map((o) => o.textContent)).toEqual(['Wang Jianguo']);
  });

  it('shows next to the switch why somebody with people reporting to them cannot move outside', async () => {
    const onSaved = vi.fn();
    renderWithProviders(
      <PersonForm
        accountId="acc_temp"
        person={chairman}
        people={[chairman, vp]}
        onCancel={() => {}}
        onSaved={onSaved}
      />,
      {
        'people.update': () => ({
          ok: false,
          error: {
            code: 'invalid_input',
            message: 'The input is not valid.',
            issues: [makeIssue(['external'], 'manager_external')],
          },
        }),
      },
    );

    const toggle = screen.getByRole('switch', { name: /^Outside the customer/ });
    fireEvent.click(toggle);
    fireEvent.change(screen.getByRole('textbox', { name: /^Organisation/ }), {
      target: { value: 'Consulting Ltd' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(toggle.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (toggle.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent).join(' ')).toContain(
      'People outside the customer have no reporting line',
    );
    expect(onSaved).not.toHaveBeenCalled();
  });
});
