import { cleanup, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emptyPersonDraft, type Person } from '../../../../shared/schemas.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { PeopleTable } from './PeopleTable.tsx';

const person = (id: string, name: string, fields: Partial<Person> = {}): Person => ({
  ...emptyPersonDraft,
  id,
  accountId: 'acc_temp',
  name,
  archived: false,
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  ...fields,
});

const people = [
  person('p_chair', 'Wang Jianguo', { department: 'Board' }),
  person('p_des', 'Zhao Lei', {
    external: true,
    organization: '华东电力设计院',
    department: 'Electrical',
  }),
  person('p_cons', 'Qian Hao', { external: true }),
];

// The table renders only the rows its (virtual) scroller has room for; jsdom lays out nothing.
const sizes = { clientHeight: 800, clientWidth: 1200 };
beforeAll(() => {
  for (const [key, value] of Object.entries(sizes)) {
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  }
});
afterAll(() => {
  // The own properties shadow Element's getters; deleting them brings those back.
  for (const key of Object.keys(sizes)) {
    delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
  }
});

function rowOf(name: string): HTMLElement {
  const row = screen.getByText(name).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('PeopleTable', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('names the organisation of people outside the customer', () => {
    renderWithProviders(
      <PeopleTable people={people} everyone={people} onOpen={() => {}} empty={null} />,
      {},
    );

    expect(rowOf('Zhao Lei').textContent).toContain('Outside the customer · 华东电力设计院');
    expect(rowOf('Zhao Lei').textContent).not.toContain('Electrical');
    expect(rowOf('Qian Hao').textContent).toContain('Outside the customer');
    expect(rowOf('Wang Jianguo').textContent).toContain('Board');
    expect(rowOf('Wang Jianguo').textContent).not.toContain('Outside the customer');
  });

  it('says so in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(
      <PeopleTable people={people} everyone={people} onOpen={() => {}} empty={null} />,
      {},
    );

    expect(rowOf('Zhao Lei').textContent).toContain('客户外部人员 · 华东电力设计院');
  });
});
