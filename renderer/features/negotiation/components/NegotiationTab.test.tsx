import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, type Bridge } from '../../../../shared/bridge.ts';
import { makeIssue } from '../../../../shared/issues.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders, type FakeServer } from '../../../test/renderWithProviders.tsx';
import { baseServer, sheet } from '../testFixtures.ts';
import { NegotiationTab } from './NegotiationTab.tsx';

async function openSheet(server: FakeServer = {}) {
  const rendered = renderWithProviders(<NegotiationTab opportunityId="opp_1" />, {
    ...baseServer,
    ...server,
  });
  fireEvent.click(await screen.findByRole('button', { name: 'Round 1' }));
  const form = await screen.findByRole('form', {
    name: /^(Negotiation sheet|谈判准备表) Round 1$/,
  });
  // The committee arrives on its own: wait for the customer side to be named from it.
  await within(form).findByText(/Decider|决策者/);
  return { ...rendered, form };
}

const updates = (calls: { channel: string; input: unknown }[]) =>
  calls.filter((c) => c.channel === 'negotiations.update').map((c) => c.input);

describe('NegotiationTab', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('lists the sheets and opens one in the editor with every section', async () => {
    const { form } = await openSheet();
    expect((screen.getByRole('textbox', { name: 'Sheet title' }) as HTMLInputElement).value).toBe(
      'Round 1',
    );
    const issues = within(form).getByRole('table', { name: 'Issues' });
    expect(within(issues).getByText('Price')).toBeTruthy();
    expect(within(issues).getByText('Payment terms')).toBeTruthy();
    expect(
      (
        within(issues).getByRole('textbox', {
          name: 'Name of the issue, row 3',
        }) as HTMLInputElement
      ).value,
    ).toBe('Spare parts');
    expect(
      (within(form).getByRole('combobox', { name: 'Our priority: Price' }) as HTMLSelectElement)
        .value,
    ).toBe('high');
    expect(
      within(form).getByRole('checkbox', { name: '3. Prepare thoroughly beforehand' }),
    ).toHaveProperty('checked', true);
    expect(within(form).getByText('2 of 13 checked')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);
    // Typing stops at the contract's limits (shared/negotiation.ts).
    expect(screen.getByRole('textbox', { name: 'Sheet title' })).toHaveProperty('maxLength', 200);
    expect(
      within(issues).getByRole('textbox', { name: 'Name of the issue, row 3' }),
    ).toHaveProperty('maxLength', 100);
  });

  it('starts round 2 from round 1: plan copied, agenda, ticks and outcome left for the new meeting', async () => {
    const { calls } = renderWithProviders(<NegotiationTab opportunityId="opp_1" />, {
      ...baseServer,
      'negotiations.create': (input) => ({
        ok: true,
        data: { ...sheet, ...(input as object), id: 'neg_2', warnings: [], version: 1 },
      }),
    });
    const copy = await screen.findByRole('button', { name: 'Continue from the last round' });
    await waitFor(() => expect(copy).toHaveProperty('disabled', false));
    fireEvent.click(copy);
    const form = await screen.findByRole('form', { name: /^Negotiation sheet Round 2 – / });
    const input = calls.find((c) => c.channel === 'negotiations.create')?.input as Record<
      string,
      unknown
    >;
    expect(input.title).toMatch(/^Round 2 – /);
    expect(input).toMatchObject({
      opportunityId: 'opp_1',
      meetingDate: null,
      objectives: sheet.objectives,
      issues: sheet.issues,
      concessions: sheet.concessions,
      attendees: sheet.attendees,
      risks: sheet.risks,
    });
    expect(input).not.toHaveProperty('agenda');
    expect(input).not.toHaveProperty('principles');
    expect(within(form).getByRole('table', { name: 'Issues' })).toBeTruthy();
  });

  it('checks an objective as the user types: a walk-away above the target is refused at the field', async () => {
    const { form, calls } = await openSheet();
    const walkAway = within(form).getByRole('textbox', { name: 'Walk-away, row 1' });
    fireEvent.change(walkAway, { target: { value: '4800000' } });
    await waitFor(() => expect(walkAway.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = walkAway.getAttribute('aria-describedby') ?? '';
    expect(
      document.getElementById(describedBy.split(' ').find((id) => id.endsWith('error')) ?? '')
        ?.textContent,
    ).toBe('The walk-away point cannot be better than the target.');
    // Nothing is sent while the sheet breaks a rule.
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert')).toBeTruthy());
    expect(updates(calls)).toEqual([]);

    const ideal = within(form).getByRole('textbox', { name: 'Ideal, row 1' });
    fireEvent.change(walkAway, { target: { value: '4000000' } });
    fireEvent.change(ideal, { target: { value: '4500000' } });
    await waitFor(() => expect(ideal.getAttribute('aria-invalid')).toBe('true'));
    expect(walkAway.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('speaks Chinese: issues, principles and refusals in the seed’s words', async () => {
    await i18n.changeLanguage('zh-CN');
    const { form, calls } = await openSheet({
      'negotiations.update': () => ({
        ok: false,
        error: {
          code: 'invalid_input',
          message: 'The input is not valid.',
          issues: [makeIssue(['attendees', 0, 'personId'], 'not_a_member')],
        },
      }),
    });
    const issues = within(form).getByRole('table', { name: '议题' });
    expect(within(issues).getByText('价格')).toBeTruthy();
    expect(within(issues).getByText('付款条件')).toBeTruthy();
    expect(within(form).getByRole('combobox', { name: '我方优先级：价格' })).toBeTruthy();
    expect(within(form).getByRole('checkbox', { name: '8. 有所失才能有所得' })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(form).getByText('已勾选 2 / 13')).toBeTruthy();
    expect(
      within(within(form).getByTestId('concessions-section')).getByTestId('concession-warning-0')
        .textContent,
    ).toBe('超出底线：价格（底线 4,200,000）');

    // The server says Wang left the committee meanwhile: the refusal shows on his row.
    fireEvent.change(within(form).getByRole('textbox', { name: '风险' }), {
      target: { value: '李娜力推竞争对手' },
    });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const wang = within(form).getByTestId('attendees-theirs');
    await waitFor(() => expect(within(wang).getByText('此人不在采购中心名单中。')).toBeTruthy());
    expect(calls.filter((c) => c.channel === 'negotiations.update')).toHaveLength(1);
  });

  it('checks concessions against the one limit of the issue as it is typed, and asks for its direction', async () => {
    const { form, calls } = await openSheet();
    const issues = within(form).getByRole('table', { name: 'Issues' });
    const section = within(form).getByTestId('concessions-section');
    const limit = within(issues).getByRole('textbox', { name: 'Our limit: Price' });
    expect((limit as HTMLInputElement).value).toBe('4,200,000');
    expect(
      (
        within(issues).getByRole('textbox', {
          name: 'Note on our limit: Price',
        }) as HTMLInputElement
      ).value,
    ).toBe('Board approval below 4.5 M');

    // The concession goes to 4.0 M: within a 3.9 M limit, past a 7 M one — before any save.
    fireEvent.change(limit, { target: { value: '3900000' } });
    await waitFor(() => expect(within(section).queryByTestId('concession-warning-0')).toBeNull());
    fireEvent.change(limit, { target: { value: '7000000' } });
    await waitFor(() =>
      expect(within(section).getByTestId('concession-warning-0').textContent).toBe(
        'Beyond the limit of Price (7,000,000)',
      ),
    );

    // A number without "better is" could not be checked: the form asks at once, Save sends nothing.
    fireEvent.change(within(issues).getByRole('textbox', { name: 'Our limit: Payment terms' }), {
      target: { value: '20' },
    });
    await waitFor(() =>
      expect(
        within(issues).getByText(
          'Say whether higher or lower is better, so that a concession past the limit is noticed.',
        ),
      ).toBeTruthy(),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(updates(calls)).toEqual([]);
    fireEvent.change(within(issues).getByRole('combobox', { name: 'Better is: Payment terms' }), {
      target: { value: 'higher_is_better' },
    });
    await waitFor(() =>
      expect(within(issues).queryByText(/Say whether higher or lower is better/)).toBeNull(),
    );
  });

  it('marks a concession beyond its limit, from the server and as the user types', async () => {
    const { form } = await openSheet();
    const section = within(form).getByTestId('concessions-section');
    expect(within(section).getByTestId('concession-warning-0').textContent).toBe(
      'Beyond the limit of Price (4,200,000)',
    );
    expect(within(section).getByText('1 concession beyond the limit')).toBeTruthy();

    fireEvent.click(within(section).getByRole('button', { name: 'Add concession' }));
    fireEvent.change(within(section).getByRole('textbox', { name: 'Value we move to, row 2' }), {
      target: { value: '4300000' },
    });
    expect(within(section).queryByTestId('concession-warning-1')).toBeNull();
    fireEvent.change(within(section).getByRole('textbox', { name: 'Value we move to, row 2' }), {
      target: { value: '3900000' },
    });
    await waitFor(() => expect(within(section).getByTestId('concession-warning-1')).toBeTruthy());
    expect(within(section).getByText('2 concessions beyond the limit')).toBeTruthy();

    // The plan is a sequence: moving the new one first moves its warning with it.
    fireEvent.click(within(section).getByRole('button', { name: 'Move concession 2 earlier' }));
    expect(
      (
        within(section).getByRole('textbox', {
          name: 'Value we move to, row 1',
        }) as HTMLInputElement
      ).value,
    ).toBe('3,900,000');
    expect(within(section).getByTestId('concession-warning-0')).toBeTruthy();
    expect(within(section).getByTestId('concession-warning-1')).toBeTruthy();
  });

  it('saves only the changed sections with the loaded version, and shows a server refusal at its field', async () => {
    let answer: 'refuse' | 'accept' = 'refuse';
    const { form, calls } = await openSheet({
      'negotiations.update': (input) =>
        answer === 'refuse'
          ? {
              ok: false,
              error: {
                code: 'invalid_input',
                message: 'The input is not valid.',
                issues: [makeIssue(['objectives', 0, 'walkAway'], 'too_big', { max: 1e15 })],
              },
            }
          : { ok: true, data: { ...sheet, ...(input as object), version: 5 } },
    });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Our BATNA' }), {
      target: { value: 'Sell the slot to Shandong' },
    });
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });

    const walkAway = within(form).getByRole('textbox', { name: 'Walk-away, row 1' });
    await waitFor(() => expect(walkAway.getAttribute('aria-invalid')).toBe('true'));
    expect(updates(calls)).toEqual([
      { id: 'neg_1', version: 4, ourBatna: 'Sell the slot to Shandong' },
    ]);
    expect(document.activeElement).toBe(walkAway);

    answer = 'accept';
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy());
    expect(walkAway.getAttribute('aria-invalid')).not.toBe('true');
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);
  });

  it('asks before leaving a sheet with unsaved changes', async () => {
    const { form } = await openSheet();
    fireEvent.change(within(form).getByRole('textbox', { name: 'Agenda' }), {
      target: { value: '10:00 Price' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'All sheets' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Discard changes' }));
    expect(await screen.findByRole('table', { name: 'Negotiation sheets' })).toBeTruthy();
  });

  it('offers to reload when someone else saved first (409)', async () => {
    let version = 4;
    const { form, calls } = await openSheet({
      'negotiations.update': () => ({
        ok: false,
        error: { code: 'conflict', message: 'Changed elsewhere.' },
      }),
      'negotiations.get': () => ({ ok: true, data: { ...sheet, risks: 'Fresh risks', version } }),
    });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Risks' }), {
      target: { value: 'Mine' },
    });
    version = 6;
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const reload = await screen.findByRole('button', { name: 'Reload the record' });
    fireEvent.click(reload);
    await waitFor(() =>
      expect(
        (within(form).getByRole('textbox', { name: 'Risks' }) as HTMLTextAreaElement).value,
      ).toBe('Fresh risks'),
    );
    expect(calls.filter((c) => c.channel === 'negotiations.get').length).toBeGreaterThan(1);
  });

  it('picks the customer side from the committee, showing attitude, buying roles and motives', async () => {
    const { form, calls } = await openSheet({
      'negotiations.update': (input) => ({
        ok: true,
        data: { ...sheet, ...(input as object), version: 5 },
      }),
    });
    const theirs = within(form).getByTestId('attendees-theirs');
    // Wang is already on the sheet, with his stance and what moves him.
    expect(within(theirs).getByText('Supporter')).toBeTruthy();
    expect(within(theirs).getByText('Quality, Achievement')).toBeTruthy();

    fireEvent.click(
      within(theirs).getByRole('combobox', { name: 'Add from the buying committee' }),
    );
    const listbox = await screen.findByRole('listbox');
    const options = within(listbox).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Li NaPurchasing managerOpponent',
      'Zhao LeiChief engineerNeutral',
    ]);
    fireEvent.click(options[0]!);
    await waitFor(() => expect(within(theirs).getByText('Li Na')).toBeTruthy());
    expect(within(theirs).getByText('Gatekeeper')).toBeTruthy();
    fireEvent.change(within(theirs).getByRole('combobox', { name: 'Role: Li Na' }), {
      target: { value: 'finance' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(updates(calls).length).toBe(1));
    expect(updates(calls)[0]).toEqual({
      id: 'neg_1',
      version: 4,
      attendees: [
        ...sheet.attendees,
        { side: 'theirs', personId: 'p_li', name: 'Li Na', role: 'finance' },
      ],
    });
  });

  it('keeps a print copy while the sheet is open, shows the print layout and exports an A4 portrait PDF named after deal and sheet', async () => {
    const { form } = await openSheet();
    // The print copy sits under <body>, outside the app, for @media print, while the sheet is
    // open: the browser's own print command prints it as Export PDF does.
    const printCopy = () => document.body.querySelector(':scope > [data-negotiation-print]');
    expect(printCopy()?.textContent).toContain('Wang Jianguo');
    expect(printCopy()?.textContent).toContain('Payment terms');
    let copyWhilePrinting: string | null | undefined;
    const printToPdf = vi.fn<NonNullable<Bridge['printToPdf']>>(async () => {
      copyWhilePrinting = printCopy()?.textContent;
      return 'saved';
    });
    Object.assign((window as unknown as Record<string, Bridge>)[BRIDGE_KEY]!, { printToPdf });

    fireEvent.click(within(form).getByRole('button', { name: 'Print preview' }));
    const preview = within(form).getByRole('region', { name: 'Print layout' });
    expect(within(preview).getByText('Wang Jianguo')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Export PDF' }));
    await waitFor(() =>
      expect(printToPdf).toHaveBeenCalledWith({
        fileName: 'Boiler upgrade-Round 1.pdf',
        pageSize: 'A4',
        landscape: false,
      }),
    );
    expect(copyWhilePrinting).toContain('Wang Jianguo');
    expect(copyWhilePrinting).toContain('Payment terms');
    // Still there after the export; gone with the editor.
    await waitFor(() =>
      expect(
        within(form).getByRole('button', { name: 'Export PDF' }).hasAttribute('data-loading'),
      ).toBe(false),
    );
    expect(printCopy()?.textContent).toContain('Payment terms');
    fireEvent.click(within(form).getByRole('button', { name: 'All sheets' }));
    await waitFor(() => expect(printCopy()).toBeNull());
  });
});
