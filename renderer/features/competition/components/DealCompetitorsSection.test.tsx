import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders, type FakeServer } from '../../../test/renderWithProviders.tsx';
import {
  competitorItem,
  conflict,
  dealCompetitor,
  makeIssue,
  member,
  ok,
  person,
  refused,
} from '../test/fixtures.ts';
import { DealCompetitorsSection } from './DealCompetitorsSection.tsx';

const people = [person('p_wang', 'Wang Jianguo'), person('p_li', 'Li Na')];
const members = [member('p_wang'), member('p_li')];
const acme = dealCompetitor({
  competitorId: 'cmp_acme',
  competitorName: 'Acme',
  repName: 'Mr Qian',
  repRelations: [{ personId: 'p_li', closeness: 'close' }],
  version: 4,
});
const library = [
  competitorItem({ id: 'cmp_acme', name: 'Acme' }),
  competitorItem({ id: 'cmp_bolt', name: 'Bolt' }),
  competitorItem({ id: 'cmp_old', name: 'Oldco', archived: true }),
];

const render = (server: FakeServer = {}) =>
  renderWithProviders(
    <DealCompetitorsSection
      opportunityId="opp_temp"
      entries={[acme]}
      library={library}
      members={members}
      people={people}
    />,
    server,
  );

describe('DealCompetitorsSection', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('adds a competitor from the library, offering only active ones not in the deal', async () => {
    const { calls } = render({ 'dealCompetitors.upsert': () => ok(acme) });
    fireEvent.click(screen.getByRole('combobox', { name: 'Add a competitor from the library' }));
    const listbox = await screen.findByRole('listbox', {
      name: 'Add a competitor from the library',
    });
    const options = within(listbox)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['Bolt']);
    fireEvent.click(screen.getByRole('option', { name: 'Bolt' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'dealCompetitors.upsert')?.input).toEqual({
        opportunityId: 'opp_temp',
        competitorId: 'cmp_bolt',
      }),
    );
  });

  it('saves a card with its version and shows a refused rep relation at the relations', async () => {
    const { calls } = render({
      'dealCompetitors.upsert': () =>
        refused(makeIssue(['repRelations', 0, 'personId'], 'person_other_account')),
    });
    const card = screen.getByTestId('deal-competitor-cmp_acme');
    fireEvent.change(within(card).getByRole('textbox', { name: 'Their rep' }), {
      target: { value: 'Ms Sun' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Save Acme' }));
    const relations = within(card).getByTestId('rep-relations-cmp_acme');
    await waitFor(() =>
      expect(within(relations).getByRole('alert').textContent).toBe(
        'This person belongs to another account than the deal.',
      ),
    );
    expect(calls.find((c) => c.channel === 'dealCompetitors.upsert')?.input).toMatchObject({
      opportunityId: 'opp_temp',
      competitorId: 'cmp_acme',
      version: 4,
      repName: 'Ms Sun',
      repRelations: [{ personId: 'p_li', closeness: 'close' }],
    });
    expect(
      (within(card).getByRole('textbox', { name: 'Their rep' }) as HTMLInputElement).value,
    ).toBe('Ms Sun');
  });

  it('"Add a person" starts empty and will not save until a person is chosen', async () => {
    let version = 4;
    const { calls } = render({
      'dealCompetitors.upsert': (input) =>
        ok({ ...acme, ...(input as object), version: ++version }),
    });
    const card = screen.getByTestId('deal-competitor-cmp_acme');
    const relations = within(card).getByTestId('rep-relations-cmp_acme');
    fireEvent.click(within(relations).getByRole('button', { name: 'Add a person' }));
    const second = within(relations).getByRole('combobox', {
      name: 'Person 2',
    }) as HTMLInputElement;
    expect(second.value).toBe('');
    expect(second.placeholder).toBe('Choose a committee member');
    // Wang Jianguo is the only member left, yet he is not picked for the user.
    expect(within(relations).queryByRole('button', { name: 'Add a person' })).toBeNull();

    fireEvent.click(within(card).getByRole('button', { name: 'Save Acme' }));
    await waitFor(() =>
      expect(within(relations).getByRole('alert').textContent).toBe(
        'Choose a person, or remove the row.',
      ),
    );
    expect(calls.some((c) => c.channel === 'dealCompetitors.upsert')).toBe(false);

    fireEvent.click(second);
    fireEvent.click(await screen.findByRole('option', { name: 'Wang Jianguo' }));
    await waitFor(() => expect(within(relations).queryByRole('alert')).toBeNull());
    fireEvent.click(within(card).getByRole('button', { name: 'Save Acme' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'dealCompetitors.upsert')?.input).toMatchObject({
        repRelations: [
          { personId: 'p_li', closeness: 'close' },
          { personId: 'p_wang', closeness: 'close' },
        ],
      }),
    );
  });

  it('sends the version of its own last save on the next save', async () => {
    let version = 4;
    const { calls } = render({
      'dealCompetitors.upsert': (input) =>
        ok({ ...acme, ...(input as object), version: ++version }),
    });
    const card = screen.getByTestId('deal-competitor-cmp_acme');
    const save = within(card).getByRole('button', { name: 'Save Acme' });
    fireEvent.change(within(card).getByRole('textbox', { name: 'Their rep' }), {
      target: { value: 'Ms Sun' },
    });
    fireEvent.click(save);
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'dealCompetitors.upsert')).toHaveLength(1),
    );
    fireEvent.change(within(card).getByRole('textbox', { name: 'Rep’s style' }), {
      target: { value: 'Data first' },
    });
    fireEvent.click(save);
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'dealCompetitors.upsert')).toHaveLength(2),
    );
    const sent = calls.filter((c) => c.channel === 'dealCompetitors.upsert').map((c) => c.input);
    expect(sent[0]).toMatchObject({ version: 4 });
    expect(sent[1]).toMatchObject({ version: 5, repStyle: 'Data first' });
  });

  it('offers a reload when someone else changed the entry', async () => {
    render({
      'dealCompetitors.upsert': () => conflict(),
      'dealCompetitors.list': () => ok([{ ...acme, repName: 'Mr Zhou', version: 5 }]),
    });
    const card = screen.getByTestId('deal-competitor-cmp_acme');
    fireEvent.change(within(card).getByRole('textbox', { name: 'Their rep' }), {
      target: { value: 'Ms Sun' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Save Acme' }));
    fireEvent.click(await within(card).findByRole('button', { name: 'Reload the record' }));
    await waitFor(() =>
      expect(
        (within(card).getByRole('textbox', { name: 'Their rep' }) as HTMLInputElement).value,
      ).toBe('Mr Zhou'),
    );
  });

  it('asks before removing a competitor from the deal', async () => {
    const { calls } = render({ 'dealCompetitors.remove': () => ok(acme) });
    fireEvent.click(screen.getByRole('button', { name: 'Remove Acme from this deal' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Remove this competitor from the deal?',
    });
    expect(calls.some((c) => c.channel === 'dealCompetitors.remove')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'dealCompetitors.remove')?.input).toEqual({
        opportunityId: 'opp_temp',
        competitorId: 'cmp_acme',
      }),
    );
  });

  it('reads in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    render();
    const card = screen.getByTestId('deal-competitor-cmp_acme');
    expect(within(card).getByRole('textbox', { name: '对方销售代表' })).toBeTruthy();
    expect(within(card).getByRole('textbox', { name: '我方对策' })).toBeTruthy();
    expect(within(card).getByRole('group', { name: '代表的客户关系' })).toBeTruthy();
  });
});
