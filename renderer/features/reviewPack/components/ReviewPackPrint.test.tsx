import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import '../../../test/jsdomPolyfills.ts';
import { packData } from '../test/fixtures.ts';
import { ReviewPackPrint } from './ReviewPackPrint.tsx';
import type { ReviewPackData } from '../api/loadReviewPack.ts';
import type { CommitteeChange } from '../../../../shared/committee.ts';

function renderPack(over: Partial<ReviewPackData> = {}) {
  render(<ReviewPackPrint data={packData(over)} />);
  return screen.getByRole('article');
}

const flat = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');
const section = (pack: HTMLElement, heading: string) =>
  within(pack).getByRole('heading', { name: heading, level: 2 }).closest('section')!;
/** The changes as printed: each group's heading and its lines. */
const changeGroups = (changes: HTMLElement) =>
  within(changes)
    .getAllByRole('heading', { level: 3 })
    .map((h) => ({
      title: h.textContent,
      lines: within(h.parentElement!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    }));
/** One committee member's change of one field, as `committee.changesSince` reports it. */
const memberChange = (
  at: string,
  personId: string,
  personName: string,
  field: 'influence' | 'attitude',
  before: string,
  after: string,
): CommitteeChange => ({ at, personId, personName, kind: 'changed', field, before, after });

describe('ReviewPackPrint', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('prints every section of the deal in English', async () => {
    await i18n.changeLanguage('en');
    const pack = renderPack();
    expect(within(pack).getByRole('heading', { level: 1 }).textContent).toBe('Boiler upgrade');
    expect(flat(pack)).toContain('Account: 华东电力');
    expect(flat(pack)).toContain('Stage: Visit and first research (2 of 8)');
    expect(flat(pack)).toContain('Grade and RFM: 84 points — VIP 1');
    expect(flat(pack)).toContain('Evaluation: 7.5 / 10, Pursue');
    const credit = screen.getByRole('region', { name: 'Credit-risk warnings' });
    expect(flat(credit)).toContain('Pays from a new bank: Nov 1, 2026, Changed bank in November');

    const forecast = section(pack, 'Forecast line');
    expect(within(forecast).getByRole('row', { name: /CN¥4,800,000/ }).textContent).toBe(
      'CN¥4,800,00070% (set by hand; stage default 20%)CN¥3,360,000Best caseJan 29, 20272027-Q1Open',
    );
    expect(flat(forecast)).toContain(
      'Amount changed: CN¥4,200,000 → CN¥4,800,000 (weighted CN¥2,940,000 → CN¥3,360,000)',
    );

    const stage = section(pack, 'Stage and exit criteria');
    expect(flat(stage)).toContain(
      '1. Account planning and phone appointment (passed, 1 of 4 criteria met): Target fits our selection criteria',
    );
    expect(flat(stage)).toContain(
      '☑ Purchasing power confirmed (met, Budget approved by the board · evidence of Nov 10, 2026)',
    );
    expect(flat(stage)).toContain('☐ Buying process discussed (not met, no evidence noted)');

    const committee = section(pack, 'Buying committee and red flags');
    expect(within(committee).getByRole('row', { name: /Wang Jianguo/ }).textContent).toContain(
      'Decision maker',
    );
    expect(flat(committee)).toContain('Red flags · Coverage score 80 / 100');
    expect(flat(committee)).toContain(
      '⚠ Li Na is an influential opponent with no plan to reach them. (−15)',
    );

    const map = section(pack, 'Map in deal context');
    const names = [...map.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(names).toContain('王总');
    expect(names).toContain('Supporter');

    const competition = section(pack, 'Competition: radar and gaps');
    expect(competition.querySelector('svg')).not.toBeNull();
    expect(within(competition).getByRole('row', { name: /^Price \(50%\) Acme/ }).textContent).toBe(
      'Price (50%)Acme8 / 5−3−1.5',
    );
    expect(flat(competition)).toContain('Bolt');

    const negotiation = section(pack, 'Negotiation plan');
    expect(flat(negotiation)).toContain('Latest sheet: Round 1 (meeting Mar 10, 2026)');
    // "5.0 M" typed next to 5,000,000: each amount printed once.
    expect(within(negotiation).getByRole('row', { name: /^Price/ }).textContent).toBe(
      'PriceHighHighCN¥5,000,000CN¥4,200,000 (Board approval below 4.5 M)Longer warranty',
    );
    expect(flat(negotiation)).toContain(
      '1. Price: Discount to 4.0 M (CN¥4,000,000) → Payment terms: 40% advance ⚠ beyond our limit of CN¥4,200,000 (Board approval below 4.5 M)',
    );
    expect(flat(pack)).not.toContain('{{');
    expect(flat(negotiation)).toContain('Payment terms');
    expect(flat(negotiation)).toContain('Offer the capacity to the Shandong project');

    const activities = section(pack, 'Recent activities');
    expect(flat(activities)).toContain(
      'Nov 20, 2026Site visitWang JianguoWalked the boiler houseSend the retrofit plan (by Dec 1, 2026)',
    );

    const changes = section(pack, 'What changed since the last review');
    expect(flat(changes)).toContain(
      'Changes since Nov 16, 2026 (last weekly snapshot, week of Nov 16, 2026)',
    );
    expect(flat(changes)).toContain('Amount: CN¥4,200,000 → CN¥4,800,000');
    expect(flat(changes)).toContain('Purchasing power confirmed: met');
    expect(changeGroups(changes)).toEqual([
      { title: 'Deal', lines: ['Amount: CN¥4,200,000 → CN¥4,800,000'] },
      { title: 'Stage evidence', lines: ['Purchasing power confirmed: met'] },
      { title: 'Committee: Li Na', lines: ['Attitude: Neutral → Opponent'] },
    ]);
    expect(flat(changes)).toContain('Activities logged since: Nov 20, 2026 Site visit');
  });

  it('prints in Chinese, as text', async () => {
    await i18n.changeLanguage('zh-CN');
    const pack = renderPack();
    for (const heading of [
      '预测',
      '阶段与阶段条件',
      '上次评审以来的变化',
      '采购中心与风险信号',
      '项目视角的组织地图',
      '竞争：雷达图与差距',
      '谈判计划',
      '近期活动',
    ]) {
      expect(within(pack).getByRole('heading', { name: heading, level: 2 })).toBeTruthy();
    }
    expect(flat(pack)).toContain('项目评审资料包');
    expect(flat(pack)).toContain('☑ 已确认购买力（已满足、Budget approved by the board');
    expect(flat(pack)).toContain('⚠ Li Na是有影响力的反对者，还没有对其制定关系计划。');
    expect(flat(pack)).toContain('最佳情况');
    expect(flat(pack)).toContain('付款条件');
    expect(flat(pack)).toContain('决策者');
    expect(flat(pack)).toContain('（上周快照，2026年11月16日 当周）');
    expect(flat(pack)).toContain('金额：¥4,200,000 → ¥4,800,000');
    expect(flat(pack)).toContain('参观考察');
  });

  it('says plainly when a section has nothing yet', async () => {
    await i18n.changeLanguage('en');
    const pack = renderPack({
      negotiation: null,
      activities: [],
      members: [],
      coverage: { score: 100, flags: [] },
      comparison: { criteria: [], vendors: [], gaps: [] },
      movements: [],
      dealChanges: [],
      deal: { ...packData().deal, evidence: [] },
      committeeChanges: [],
      baseline: { kind: 'none', since: '2026-11-16T08:00:00Z' },
    });
    for (const text of [
      'No negotiation sheet yet.',
      'No activities logged for this deal.',
      'No one on the committee yet.',
      'No red flags.',
      'No competitors or buying criteria recorded for this deal.',
      'Changes since Nov 16, 2026 (no forecast snapshot yet: the last 7 days)',
      'Nothing changed since then.',
    ]) {
      expect(within(pack).getAllByText(text).length).toBeGreaterThan(0);
    }
    // Without a snapshot there is no movement to report, rather than "no movement".
    expect(within(pack).queryByText('Forecast movement since the snapshot')).toBeNull();
  });
  it('page 1 is the summary a manager reads first, in English', async () => {
    await i18n.changeLanguage('en');
    const summary = section(renderPack(), 'Summary for the review');
    const blocks = changeGroups(summary);
    expect(blocks).toEqual([
      {
        title: 'Visit and first research (2 of 8): 3 of 4 exit criteria not met yet',
        lines: [
          '☐ Needs uncovered by asking and listening',
          '☐ Buying process discussed',
          '☐ Org chart and roles/attitudes started',
        ],
      },
      {
        title: 'Forecast line',
        lines: [
          'Amount changed: CN¥4,200,000 → CN¥4,800,000 (weighted CN¥2,940,000 → CN¥3,360,000)',
        ],
      },
      {
        title: 'Committee coverage 80 / 100',
        lines: ['⚠ Li Na is an influential opponent with no plan to reach them.'],
      },
      {
        title: 'Where we trail the competition',
        lines: ['Price (50%): Acme 8, us 5', 'Service (33%): Bolt 8, us 7'],
      },
      {
        title: 'Negotiation position (Round 1, meeting Mar 10, 2026)',
        lines: [
          'Contract price: target CN¥4,600,000, walk away at CN¥4,200,000',
          'Price: our limit CN¥4,200,000 (Board approval below 4.5 M)',
          'Payment terms: our limit 10% retention max',
        ],
      },
      { title: 'Next steps', lines: ['Send the retrofit plan — Chen Ming, by Dec 1, 2026'] },
    ]);
    expect(flat(summary)).toContain(
      'CN¥4,800,000 × 70% = CN¥3,360,000 weighted · Best case, closes Jan 29, 2027 (2027-Q1)',
    );
    // The deal's amount once on the page, formatted, never the raw number.
    expect(flat(summary)).not.toMatch(/\d{5}/);
  });

  it('page 1 in Chinese, its punctuation from the translations', async () => {
    await i18n.changeLanguage('zh-CN');
    const summary = section(renderPack(), '评审摘要');
    const text = flat(summary);
    expect(text).toContain('拜访与初步调研（第 2/8 阶段）：4 项阶段条件中尚有 3 项未满足');
    expect(text).toContain('¥4,800,000 × 70% = 加权 ¥3,360,000，最佳情况');
    expect(text).toContain('采购中心覆盖度 80 / 100');
    expect(text).toContain('⚠ Li Na是有影响力的反对者，还没有对其制定关系计划。');
    expect(text).toContain('Price（50%）：Acme 8 分，我方 5 分');
    expect(text).toContain('付款条件：我方底线 10% retention max');
    expect(text).toContain('Send the retrofit plan——Chen Ming，2026年12月1日 前');
  });

  it('prints a limit once when its note only repeats the number', async () => {
    await i18n.changeLanguage('zh-CN');
    const sheet = packData().negotiation!;
    const price = { ...sheet.issues[0]!, limit: 11_400_000, limitNote: '1140万元' };
    const pack = renderPack({ negotiation: { ...sheet, issues: [price] } });
    expect(flat(section(pack, '评审摘要'))).toContain('价格：我方底线 ¥11,400,000下一步');
    expect(flat(pack)).not.toContain('1140万元');
  });

  it('lists net changes per person and field: back and forth is no change, and one page at most', async () => {
    await i18n.changeLanguage('en');
    // Feng Jun's influence High → Medium → High → Low → High, his attitude Neutral → Supporter
    // → Opponent, and Li Na's influence once; newest first, as the channel answers.
    const committeeChanges = [
      memberChange(
        '2026-11-21T09:05:00Z',
        'p_feng',
        'Feng Jun',
        'attitude',
        'supporter',
        'opponent',
      ),
      memberChange('2026-11-21T09:04:00Z', 'p_feng', 'Feng Jun', 'influence', 'low', 'high'),
      memberChange('2026-11-20T09:03:00Z', 'p_li', 'Li Na', 'influence', 'medium', 'high'),
      memberChange('2026-11-19T09:03:00Z', 'p_feng', 'Feng Jun', 'influence', 'high', 'low'),
      memberChange('2026-11-18T09:02:00Z', 'p_feng', 'Feng Jun', 'influence', 'medium', 'high'),
      memberChange(
        '2026-11-18T09:01:00Z',
        'p_feng',
        'Feng Jun',
        'attitude',
        'neutral',
        'supporter',
      ),
      memberChange('2026-11-17T09:00:00Z', 'p_feng', 'Feng Jun', 'influence', 'high', 'medium'),
    ];
    const dealChanges = [
      {
        id: 3,
        before: { amount: 4_500_000 },
        after: { amount: 4_800_000 },
        at: '2026-11-20T09:00:00Z',
      },
      {
        id: 2,
        before: { amount: 4_200_000 },
        after: { amount: 4_500_000 },
        at: '2026-11-19T09:00:00Z',
      },
    ].map((c) => ({
      ...c,
      entity: 'opportunity' as const,
      entityId: 'opp_1',
      action: 'update' as const,
    }));
    const changes = section(
      renderPack({ committeeChanges, dealChanges, deal: { ...packData().deal, evidence: [] } }),
      'What changed since the last review',
    );
    expect(changeGroups(changes)).toEqual([
      { title: 'Deal', lines: ['Amount: CN¥4,200,000 → CN¥4,800,000'] },
      { title: 'Committee: Feng Jun', lines: ['Attitude: Neutral → Opponent'] },
      { title: 'Committee: Li Na', lines: ['Influence: Medium → High'] },
    ]);
    expect(flat(changes)).not.toContain('Influence: High');

    // Forty people's changes: the page holds 24 lines, the rest is counted and left to the app.
    const many = Array.from({ length: 40 }, (_, i) =>
      memberChange(
        `2026-11-2${i % 10}T09:00:00Z`,
        `p_${i}`,
        `Person ${i}`,
        'attitude',
        'neutral',
        'supporter',
      ),
    );
    cleanup();
    const capped = section(
      renderPack({
        committeeChanges: many,
        dealChanges: [],
        deal: { ...packData().deal, evidence: [] },
      }),
      'What changed since the last review',
    );
    expect(within(capped).getAllByRole('listitem')).toHaveLength(24);
    expect(flat(capped)).toContain('and 16 more changes — see the history in the app');
  });
});
