import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { makeFormatters } from '../../../ui/useFormatters.ts';
import { amountChanged, line, review, stageChanged } from '../test/fixtures.ts';
import { deltaByKind, perPeriod, sumGroups } from './forecastTable.ts';
import { movementChange, periodLabel, reviewReason } from './wording.ts';
import { forecast } from '../test/fixtures.ts';

const stages: Record<string, string> = {
  evaluation: 'Evaluation',
  negotiation: 'Negotiation',
  first_proposal: 'First proposal',
};
const stageLabel = (_set: string, key: string) => stages[key] ?? key;

describe('forecast wording', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('says what moved, old → new, in English', async () => {
    await i18n.changeLanguage('en');
    const fmt = makeFormatters('en');
    const t = i18n.t.bind(i18n);
    expect(movementChange(amountChanged, t, fmt, stageLabel)).toBe('CN¥1,850,000 → CN¥2,100,000');
    expect(movementChange(stageChanged, t, fmt, stageLabel)).toBe('Evaluation → Negotiation');
    expect(
      movementChange(
        { ...amountChanged, kind: 'moved_out', after: line({ expectedCloseDate: '2027-07-15' }) },
        t,
        fmt,
        stageLabel,
      ),
    ).toBe('Close date Jun 30, 2027 → Jul 15, 2027');
    expect(
      movementChange({ ...amountChanged, kind: 'new', before: null }, t, fmt, stageLabel),
    ).toBe('CN¥2,100,000, stage: First proposal, probability 25%');
    expect(
      movementChange({ ...amountChanged, kind: 'lost', after: null }, t, fmt, stageLabel),
    ).toBe('No longer in the pipeline');
    expect(reviewReason(review(), t, fmt)).toBe('Not updated for 9 days (since Nov 14, 2026)');
    expect(reviewReason(review({ rule: 'stalled', days: 16 }), t, fmt)).toBe(
      'Committee and stage unchanged for 16 days',
    );
    expect(reviewReason(review({ rule: 'no_intent', days: 41 }), t, fmt)).toBe(
      'Open 41 days with no evidence of intent',
    );
    expect(periodLabel('2027-Q1', t, fmt)).toBe('Q1 2027');
    expect(periodLabel('2027-03', t, fmt)).toBe('Mar 2027');
    expect(periodLabel('undated', t, fmt)).toBe('No close date');
  });

  it('says it in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    const fmt = makeFormatters('zh-CN');
    const t = i18n.t.bind(i18n);
    expect(movementChange(amountChanged, t, fmt, stageLabel)).toBe('¥1,850,000 → ¥2,100,000');
    expect(reviewReason(review(), t, fmt)).toBe('9 天未更新（自 2026年11月14日）');
    expect(reviewReason(review({ rule: 'no_intent', days: 41 }), t, fmt)).toBe(
      '已开启 41 天，无意向证据',
    );
    expect(periodLabel('2027-Q1', t, fmt)).toBe('2027年第1季度');
  });
});

describe('forecast totals', () => {
  it('adds up a currency block and its periods, never across currencies', () => {
    const cny = forecast.groups.filter((g) => g.currency === 'CNY');
    expect(sumGroups(cny)).toEqual({
      count: 3,
      total: 20_050_000,
      weighted: 8_982_500,
      commit: 0,
      bestCase: 5_600_000,
      pipeline: 14_450_000,
      won: 0,
    });
    expect(perPeriod(cny).map((p) => [p.period, p.total])).toEqual([
      ['2027-Q1', 18_200_000],
      ['2027-Q2', 1_850_000],
    ]);
  });

  it('sums the weighted change per movement kind', () => {
    const rows = deltaByKind([
      amountChanged,
      stageChanged,
      { ...amountChanged, weightedDelta: -0.5 },
    ]);
    expect(rows.find((r) => r.kind === 'amount_changed')?.delta).toBe(62_499.5);
    expect(rows.map((r) => r.kind)).toEqual([
      'new',
      'moved_in',
      'moved_out',
      'close_date_changed',
      'amount_changed',
      'stage_changed',
      'probability_changed',
      'won',
      'lost',
    ]);
  });
});
