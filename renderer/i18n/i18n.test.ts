import { describe, expect, it } from 'vitest';
import * as enums from '../../shared/enums.ts';
import { ISSUE_CODES } from '../../shared/issues.ts';
import { en } from './en.ts';
import { i18n } from './i18n.ts';
import { zhCN } from './zh-CN.ts';

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') {
    out.set(prefix, value);
    return out;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    for (const [key, text] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(key, text);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const enLeaves = leaves(en);
  const zhLeaves = leaves(zhCN);

  it('zh-CN has exactly the keys of en', () => {
    expect([...zhLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('no message is empty and both languages use the same placeholders', () => {
    for (const [key, text] of enLeaves) {
      const zh = zhLeaves.get(key) ?? '';
      expect(text.trim(), key).not.toBe('');
      expect(zh.trim(), key).not.toBe('');
      expect(placeholders(zh), key).toEqual(placeholders(text));
    }
  });

  it('zh-CN is really translated: Chinese text wherever English has words', () => {
    // Language names and format strings are the same in both on purpose.
    const sameOnPurpose = new Set([
      'enums.locale.zh-CN',
      'enums.locale.en',
      'common.empty',
      'opportunities.stageOption',
      'orgmap.card.label',
      'orgmap.line.between',
      'orgmap.line.betweenMutual',
      'orgmap.export.subtitle',
      'orgmap.export.subtitleDeal',
      // Product names.
      'imports.what.sources.excel',
      'imports.what.sources.salesforce',
      'imports.what.sources.hubspot',
      // Key names as printed on the keys.
      ...[
        'mod',
        'shift',
        'alt',
        'escape',
        'delete',
        'backspace',
        'pageUpDown',
        'homeEnd',
        'tab',
      ].map((k) => `shortcuts.platformKeys.${k}`),
    ]);
    // Placeholder names are not words: '{{from}} → {{to}}' needs no translation.
    const words = (text: string) => /[A-Za-z]{2}/.test(text.replace(/\{\{\w+\}\}/g, ''));
    for (const [key, text] of enLeaves) {
      if (sameOnPurpose.has(key) || !words(text)) continue;
      expect(zhLeaves.get(key), key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  const enumLists: Record<string, readonly string[]> = {
    grade: enums.GRADES,
    funnelStage: enums.FUNNEL_STAGES,
    paymentBehaviour: enums.PAYMENT_BEHAVIOURS,
    level: enums.LEVELS,
    purchaseType: enums.PURCHASE_TYPES,
    salesStage: enums.SALES_STAGES,
    buyingStage: enums.BUYING_STAGES,
    status: enums.OPPORTUNITY_STATUSES,
    currency: enums.CURRENCIES,
    locale: enums.LOCALES,
    priceLevel: enums.PRICE_LEVELS,
    competitivePosition: enums.COMPETITIVE_POSITIONS,
    threatLevel: enums.THREAT_LEVELS,
    criteriaArea: enums.CRITERIA_AREAS,
    winLossReason: enums.WIN_LOSS_REASONS,
    negotiationIssue: enums.NEGOTIATION_ISSUES,
    negotiationPriority: enums.PRIORITIES,
    negotiationRole: enums.NEGOTIATION_ROLES,
    negotiationPrinciple: enums.NEGOTIATION_PRINCIPLES,
    creditRiskFlag: enums.CREDIT_RISK_FLAGS,
    rfmTier: enums.RFM_TIERS,
  };

  // The committee's enums are labelled in its feature folder, where the coverage views reuse them.
  const committeeEnumLists: Record<string, readonly string[]> = {
    function: enums.DEPARTMENT_FUNCTIONS,
    attitude: enums.ATTITUDES,
    influence: enums.INFLUENCES,
    contact: enums.CONTACT_STRENGTHS,
    jobDuties: enums.MOTIVES.jobDuties,
    personality: enums.MOTIVES.personality,
    personalNeeds: enums.MOTIVES.personalNeeds,
  };
  // The account map labels its line enums in its feature folder; the line kinds share a group
  // with the two kinds of reporting line, which are drawn from the org chart, not an enum.
  const orgmapEnumLists = {
    lineKinds: { codes: enums.INFLUENCE_LINE_KINDS, extra: ['reporting', 'dotted'] },
    direction: { codes: enums.INFLUENCE_DIRECTIONS, extra: [] },
    strength: { codes: enums.INFLUENCE_STRENGTHS, extra: [] },
  } satisfies Record<string, { codes: readonly string[]; extra: readonly string[] }>;
  // Built-in buying roles carry their labels in the workspace (users rename them); coverage
  // flags are worded by the coverage views with their parameters.
  const labelledElsewhere = new Set([
    'STATUSES_NEEDING_REASON',
    'DEFAULT_BUYING_ROLES',
    'COVERAGE_FLAGS',
    // The account map labels its line enums (orgmap.lineKinds, .direction, .strength).
    'INFLUENCE_LINE_KINDS',
    'INFLUENCE_DIRECTIONS',
    'INFLUENCE_STRENGTHS',
    // The colour scheme setting labels its choices (appearance.scheme).
    'COLOR_SCHEMES',
  ]);

  it('labels every enum code of shared/enums.ts in both languages, and nothing else', () => {
    // Every exported code list is an enum, except the subset of statuses that need a reason.
    // A new enum in the contract must get labels here before this test passes again.
    const exported = Object.entries(enums).filter(
      ([name, v]) => Array.isArray(v) && !labelledElsewhere.has(name),
    );
    for (const [name, list] of exported) {
      expect(
        [
          ...Object.values(enumLists),
          ...Object.values(committeeEnumLists),
          ...Object.values(orgmapEnumLists).map((group) => group.codes),
        ],
        name,
      ).toContain(list);
    }
    for (const [group, { codes, extra }] of Object.entries(orgmapEnumLists)) {
      for (const messages of [en, zhCN]) {
        const labels = messages.orgmap[group as keyof typeof orgmapEnumLists];
        expect(Object.keys(labels).sort(), group).toEqual([...codes, ...extra].sort());
      }
    }
    for (const [group, codes] of Object.entries(committeeEnumLists)) {
      for (const messages of [en, zhCN]) {
        const labels = messages.committee.enums[group as keyof typeof messages.committee.enums];
        expect(Object.keys(labels).sort(), group).toEqual([...codes].sort());
      }
    }
    for (const [group, codes] of Object.entries(enumLists)) {
      for (const messages of [en, zhCN]) {
        const labels = messages.enums[group as keyof typeof messages.enums];
        expect(Object.keys(labels).sort(), group).toEqual([...codes].sort());
      }
    }
  });

  it('labels every issue code in both languages', () => {
    for (const messages of [en, zhCN]) {
      expect(Object.keys(messages.issues).sort()).toEqual([...ISSUE_CODES].sort());
    }
  });

  it('interpolates parameters in the active language', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(i18n.t('issues.too_long', { max: 200 })).toBe('最多 200 个字符。');
    await i18n.changeLanguage('en');
    expect(i18n.t('issues.too_long', { max: 200 })).toBe('Must be at most 200 characters.');
  });
});
