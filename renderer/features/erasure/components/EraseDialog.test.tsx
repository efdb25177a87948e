import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ErasureCounts } from '../../../../shared/erasure.ts';
import { makeIssue } from '../../../../shared/issues.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { okInfo } from '../../workspace/test/fixtures.ts';
import { EraseDialog } from './EraseDialog.tsx';

const counts: ErasureCounts = {
  people: 1,
  opportunities: 0,
  committeeMemberships: 2,
  influenceLines: 1,
  mapPositions: 0,
  activities: 3,
  negotiations: 1,
  competitorRelations: 0,
  reportingLines: 2,
  historyEntries: 7,
  textMentions: 0,
};
const target = { kind: 'person', id: 'p_zhang', name: '张文博' } as const;
const preview = () => ({ ok: true as const, data: { id: target.id, name: target.name, counts } });
const erased = () => ({
  ok: true as const,
  data: { erasedAt: '2026-11-23T02:00:00.000Z', counts },
});

const typeName = (value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: /Type “张文博” to confirm/ }), {
    target: { value },
  });
const eraseButton = () =>
  screen.getByRole('button', { name: 'Erase for good' }) as HTMLButtonElement;

describe('EraseDialog', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('lists what the erase removes and erases only once the name is typed', async () => {
    const onErased = vi.fn();
    const { calls } = renderWithProviders(
      <EraseDialog target={target} onCancel={() => {}} onErased={onErased} />,
      {
        'people.erasePreview': preview,
        'people.erase': erased,
        'workspace.info': () => ({ ok: true, data: { ...okInfo, backupsDir: '/home/li/backups' } }),
      },
    );
    // What the erase cannot reach is said before it runs: the backups keep the record for a while.
    expect(
      await screen.findByText(
        'A backup is taken just before. It and the earlier backups in /home/li/backups still hold the record until rotation removes them (after six months at most); delete them there if the request requires it.',
      ),
    ).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'This removes:' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '张文博',
      '2 buying center memberships',
      '1 influence line',
      '3 activities (removed, or no longer naming them)',
      '1 negotiation sheet (removed, or without them as attendee)',
      '2 reporting lines of others to them (left without a manager)',
      '7 change history entries, replaced by an “erased” mark',
    ]);

    expect(eraseButton().disabled).toBe(true);
    typeName('张文');
    expect(eraseButton().disabled).toBe(true);
    typeName(' 张文博 ');
    expect(eraseButton().disabled).toBe(false);
    fireEvent.click(eraseButton());

    await waitFor(() => expect(onErased).toHaveBeenCalledTimes(1));
    expect(calls.filter((c) => c.channel === 'people.erase')).toEqual([
      { channel: 'people.erase', input: { id: 'p_zhang', confirmName: ' 张文博 ' } },
    ]);
  });

  it("shows the server's refusal and stays open", async () => {
    const onErased = vi.fn();
    renderWithProviders(<EraseDialog target={target} onCancel={() => {}} onErased={onErased} />, {
      'people.erasePreview': preview,
      'people.erase': () => ({
        ok: false,
        error: {
          code: 'invalid_input',
          message: 'Type the name exactly as shown to confirm.',
          issues: [makeIssue(['confirmName'], 'confirm_name_mismatch')],
        },
      }),
    });
    await screen.findByRole('list', { name: 'This removes:' });
    typeName('张文博');
    fireEvent.click(eraseButton());
    const refusal = await screen.findByText('Type the name exactly as shown to confirm.');
    expect(refusal.getAttribute('role')).toBe('alert');
    expect(onErased).not.toHaveBeenCalled();
  });

  it('reads in Chinese, an account listing its people and deals', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(
      <EraseDialog
        target={{ kind: 'account', id: 'a_temp', name: '天普' }}
        onCancel={() => {}}
        onErased={() => {}}
      />,
      {
        'accounts.erasePreview': () => ({
          ok: true,
          data: { id: 'a_temp', name: '天普', counts: { ...counts, people: 12, opportunities: 3 } },
        }),
      },
    );
    await screen.findByRole('dialog', { name: '彻底删除“天普”？' });
    const list = await screen.findByRole('list', { name: '将移除：' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items.slice(0, 3)).toEqual([
      '天普',
      '12 位联系人',
      '3 个项目，连同其采购中心、竞争、谈判准备表和阶段证据',
    ]);
    screen.getByRole('textbox', { name: /输入“天普”以确认/ });
    expect((screen.getByRole('button', { name: '彻底删除' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
