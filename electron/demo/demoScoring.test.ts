import { afterEach, describe, expect, it } from 'vitest';
import type { AccountScoring, QuadrantView } from '../../shared/evaluation.ts';
import type { Result } from '../../shared/errors.ts';
import type { AccountListItem } from '../../shared/schemas.ts';
import { tickingClock } from '../services/testing.ts';
import { openWorkspace, type Workspace } from '../workspace.ts';

const workspaces: Workspace[] = [];
afterEach(() => {
  for (const ws of workspaces.splice(0)) ws.close();
});

async function call<T>(ws: Workspace, channel: string, input: unknown): Promise<T> {
  const result: Result<unknown> = await ws.router.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

describe.each(['en', 'zh-CN'] as const)('demo scoring (%s)', (locale) => {
  it("grades Temp with seed 002's 84 points, flags Sanli's credit risk, positions four deals", async () => {
    const ws = openWorkspace({
      dbPath: ':memory:',
      systemLocale: locale,
      appVersion: '1',
      now: tickingClock('2026-11-23T01:00:00.000Z'),
    });
    workspaces.push(ws);
    const accounts = await call<AccountListItem[]>(ws, 'accounts.list', {});
    const byName = (part: string) => accounts.find((a) => a.name.includes(part))!;
    const temp = await call<AccountScoring>(ws, 'accountScoring.get', {
      accountId: byName(locale === 'en' ? 'Temp' : '天普').id,
    });
    expect(temp.rfm).toEqual({
      recencyDays: 30,
      scores: { r: 5, f: 4, m: 4 },
      points: 84,
      tier: 'vip1',
    });
    expect(temp.creditFlags).toEqual([]);
    const sanli = await call<AccountScoring>(ws, 'accountScoring.get', {
      accountId: byName(locale === 'en' ? 'Sanli' : '三力').id,
    });
    expect(sanli.creditFlags.map((f) => f.flag)).toContain('new_bank');
    expect(sanli.creditFlags.every((f) => f.date <= '2026-11-23' && f.note !== '')).toBe(true);

    const view = await call<QuadrantView>(ws, 'evaluation.quadrant', {});
    expect(view.deals).toHaveLength(5);
    expect(new Set(view.deals.map((d) => d.quadrant))).toEqual(
      new Set(['avoid', 'develop', 'opportunistic', 'pursue', null]),
    );
  });
});
