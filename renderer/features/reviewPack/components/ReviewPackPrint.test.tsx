import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import '../../../test/jsdomPolyfills.ts';
import { packData } from '../test/fixtures.ts';
import { ReviewPackPrint } from './ReviewPackPrint.tsx';
import type { ReviewPackData } from '../api/loadReviewPack.ts';

function renderPack(over: Partial<ReviewPackData> = {}) {
  render(<ReviewPackPrint data={packData(over)} />);
  return screen.getByRole('article');
}

const flat = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');
const section = (pack: HTMLElement, heading: string) =>
  within(pack).getByRole('heading', { name: heading, level: 2 }).closest('section')!;

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
    expect(flat(pack)).toContain('Stage: 2 of 8: Visit and first research');
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
    expect(within(negotiation).getByRole('row', { name: /^Price/ }).textContent).toContain(
      '4.2 M · 4,200,000',
    );
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
    expect(flat(changes)).toContain('Li Na: Attitude Neutral → Opponent');
    expect(flat(changes)).toContain('Activities logged since: Nov 20, 2026 Site visit');
  });

  it('prints in Chinese, as text', async () => {
    await i18n.changeLanguage('zh-CN');
    const pack = renderPack();
    for (const heading of [
      '预测',
      '阶段与出口标准',
      '上次评审以来的变化',
      '采购委员会与风险警示',
      '交易视角的组织地图',
      '竞争：雷达图与差距',
      '谈判计划',
      '近期活动',
    ]) {
      expect(within(pack).getByRole('heading', { name: heading, level: 2 })).toBeTruthy();
    }
    expect(flat(pack)).toContain('交易评审资料包');
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
      expect(within(pack).getByText(text)).toBeTruthy();
    }
    // Without a snapshot there is no movement to report, rather than "no movement".
    expect(within(pack).queryByText('Forecast movement since the snapshot')).toBeNull();
  });
});
