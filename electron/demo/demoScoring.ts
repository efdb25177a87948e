import type { CreditRiskFlag, Locale } from '../../shared/enums.ts';
import type { FactorScores } from '../../shared/evaluation.ts';

// Opportunity evaluations and account grading of the demo workspace (DOMAIN.md §2, §4).
// Deals are named by account key and position in demoWorkspace; Nordale's deal stays unscored,
// so the demo shows an unpositioned deal too.

type Text = { readonly zh: string; readonly en: string };

export type DemoEvaluation = {
  accountKey: string;
  opportunity: number;
  scores: Partial<FactorScores>;
  attractiveness: number | null;
  feasibility: number | null;
  note: string;
};

export type DemoGrading = {
  accountKey: string;
  /** Days before today of the last purchase: recency moves with the calendar. */
  lastPurchaseDaysAgo: number | null;
  purchaseCount: number | null;
  purchaseAmount: number | null;
  creditFlags: { flag: CreditRiskFlag; daysAgo: number; note: string }[];
  creditNote: string;
};

const EVALUATIONS: (Omit<DemoEvaluation, 'note'> & { note: Text })[] = [
  {
    accountKey: 'temp',
    opportunity: 0,
    scores: {
      account_size: 8,
      profitability: 6,
      investment: 7,
      credit: 9,
      project_size: 9,
      customer_value: 8,
      customer_importance: 9,
    },
    attractiveness: 9,
    feasibility: 7,
    note: {
      zh: '新生产线是天普今年最大的投资；我们已是首选供应商，但华东精密仍在压价。',
      en: 'The new line is Temp’s largest investment this year; we are the preferred supplier, but Huadong Precision keeps cutting its price.',
    },
  },
  {
    accountKey: 'temp',
    opportunity: 1,
    // Half filled in: profitability, investment and importance wait for the line's design.
    scores: { account_size: 8, credit: 9, project_size: 4, customer_value: 6 },
    attractiveness: 5,
    feasibility: 8,
    note: {
      zh: '金额小、竞争少，可顺带拿下。',
      en: 'Small and hardly contested: take it along with the line.',
    },
  },
  {
    accountKey: 'jinyue',
    opportunity: 0,
    scores: {
      account_size: 7,
      profitability: 7,
      investment: 6,
      credit: 8,
      project_size: 7,
      customer_value: 7,
      customer_importance: 6,
    },
    attractiveness: 7,
    feasibility: 4,
    note: {
      zh: '利润不错，但焊接工艺不是我们的强项，需要合作伙伴。',
      en: 'Good margin, but welding is not our strength: we need a partner.',
    },
  },
  {
    accountKey: 'yongsheng',
    opportunity: 0,
    scores: {
      account_size: 6,
      profitability: 5,
      investment: 5,
      credit: 7,
      project_size: 6,
      customer_value: 5,
      customer_importance: 4,
    },
    attractiveness: 4,
    feasibility: 3,
    note: {
      zh: '客户倾向于日本品牌，价格压得很低。',
      en: 'The customer leans to the Japanese makers and pushes the price very low.',
    },
  },
];

const GRADINGS: (Omit<DemoGrading, 'creditNote' | 'creditFlags'> & {
  creditNote: Text;
  creditFlags: { flag: CreditRiskFlag; daysAgo: number; note: Text }[];
})[] = [
  // Seed 002's example: last deal a month ago, 4 purchases, 20,000 → 5×4 + 4×8 + 4×8 = 84.
  {
    accountKey: 'temp',
    lastPurchaseDaysAgo: 30,
    purchaseCount: 4,
    purchaseAmount: 20_000,
    creditFlags: [],
    creditNote: { zh: '', en: '' },
  },
  // The Mengxing/Sanli case of seed 000.
  {
    accountKey: 'sanli',
    lastPurchaseDaysAgo: 250,
    purchaseCount: 1,
    purchaseAmount: 2_350_000,
    creditFlags: [
      {
        flag: 'order_swing',
        daysAgo: 100,
        note: { zh: '8月要求订货量加大一倍。', en: 'Asked in August to double the order.' },
      },
      {
        flag: 'payment_date_shift',
        daysAgo: 80,
        note: { zh: '付款日期一再变更。', en: 'Payment dates shifted again and again.' },
      },
      {
        flag: 'deposit_cancel_request',
        daysAgo: 70,
        note: {
          zh: '要求提高信用额度并取消保证金。',
          en: 'Asked for a higher credit limit and to cancel the deposit.',
        },
      },
      {
        flag: 'new_bank',
        daysAgo: 50,
        note: { zh: '10月起更换付款银行。', en: 'Pays from a different bank since October.' },
      },
      {
        flag: 'absent_on_payment_day',
        daysAgo: 25,
        note: { zh: '付款日薛长海不在，电话不接。', en: 'Xue Changhai away and not answering.' },
      },
      {
        flag: 'rumours',
        daysAgo: 20,
        note: {
          zh: '传闻蒙兴乳品已停止供货并起诉追讨约150万元。',
          en: 'Rumour: Mengxing Dairy stopped shipping and is suing for about CNY 1.5 million.',
        },
      },
    ],
    creditNote: {
      zh: '到货款141万元逾期四个月；信用调查显示已资不抵债。停止发货，清收欠款。',
      en: 'Delivery payment of CNY 1.41 million four months overdue; a credit check shows the company is insolvent. Stop shipping and collect the debt.',
    },
  },
];

export function demoScoring(locale: Locale): {
  evaluations: DemoEvaluation[];
  gradings: DemoGrading[];
} {
  const t = (text: Text) => (locale === 'zh-CN' ? text.zh : text.en);
  return {
    evaluations: EVALUATIONS.map((e) => ({ ...e, note: t(e.note) })),
    gradings: GRADINGS.map((g) => ({
      ...g,
      creditNote: t(g.creditNote),
      creditFlags: g.creditFlags.map((f) => ({ ...f, note: t(f.note) })),
    })),
  };
}
