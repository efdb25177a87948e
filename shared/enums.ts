// Stable codes stored in the database and sent over the contract; labels are translated at the edge.

export const GRADES = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];

/** Customer funnel (DOMAIN.md §2): signed = contract signed and first payment received. */
export const FUNNEL_STAGES = ['target_market', 'prospect', 'target_customer', 'signed'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export const PAYMENT_BEHAVIOURS = ['on_time', 'late', 'overdue'] as const;
export type PaymentBehaviour = (typeof PAYMENT_BEHAVIOURS)[number];

export const LEVELS = ['operational', 'management', 'decision'] as const;
export type Level = (typeof LEVELS)[number];

export const PURCHASE_TYPES = ['new_task', 'modified_rebuy', 'straight_rebuy'] as const;
export type PurchaseType = (typeof PURCHASE_TYPES)[number];

/** Our sales process (DOMAIN.md §4), in order, with the default win probability in percent. */
export const SALES_STAGES = [
  'account_planning',
  'visit_research',
  'first_proposal',
  'solution_demo',
  'formal_proposal',
  'evaluation',
  'negotiation',
  'signed',
] as const;
export type SalesStage = (typeof SALES_STAGES)[number];

export const DEFAULT_STAGE_PROBABILITY: Record<SalesStage, number> = {
  account_planning: 10,
  visit_research: 20,
  first_proposal: 30,
  solution_demo: 40,
  formal_proposal: 50,
  evaluation: 70,
  negotiation: 90,
  signed: 100,
};

/** The customer's internal buying process (DOMAIN.md §4), in order. */
export const BUYING_STAGES = [
  'need_raised',
  'feasibility_budget',
  'project_approved',
  'criteria_set',
  'tender_shortlist',
  'preferred_supplier',
  'contract_review',
  'contract_signed',
] as const;
export type BuyingStage = (typeof BUYING_STAGES)[number];

export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost', 'dropped'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** Statuses that need a written reason. */
export const STATUSES_NEEDING_REASON: readonly OpportunityStatus[] = ['lost', 'dropped'];

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The interface's colours: 'system' follows the OS's light or dark appearance. */
export const COLOR_SCHEMES = ['system', 'light', 'dark'] as const;
export type ColorSchemeSetting = (typeof COLOR_SCHEMES)[number];

/** Maps any BCP 47 tag (or POSIX LANG value such as zh_CN.UTF-8) to a supported locale. */
export function toSupportedLocale(tag: string | undefined | null): Locale {
  return tag && /^zh\b/i.test(tag.replace('_', '-')) ? 'zh-CN' : 'en';
}

// ---------- Buying committee (DOMAIN.md §3) ----------

export const DEPARTMENT_FUNCTIONS = ['finance', 'purchasing', 'user', 'technical'] as const;
export type DepartmentFunction = (typeof DEPARTMENT_FUNCTIONS)[number];

export const ATTITUDES = ['supporter', 'neutral', 'opponent'] as const;
export type Attitude = (typeof ATTITUDES)[number];

export const INFLUENCES = ['high', 'medium', 'low'] as const;
export type Influence = (typeof INFLUENCES)[number];

/** From closest to none; "engaged" means close or frequent. */
export const CONTACT_STRENGTHS = ['close', 'frequent', 'distant', 'none'] as const;
export type ContactStrength = (typeof CONTACT_STRENGTHS)[number];

/**
 * The merged default buying roles (seeds 000, 003, 004 and Miller Heiman). Users can rename,
 * reorder, hide and add roles in settings; these built-in codes stay because the coverage rules
 * refer to some of them (decider, approver, economic_buyer, handler, coach).
 */
export const DEFAULT_BUYING_ROLES = [
  'initiator',
  'user',
  'specifier',
  'evaluator',
  'influencer',
  'gatekeeper',
  'purchaser',
  'handler',
  'technical_buyer',
  'economic_buyer',
  'decider',
  'approver',
  'coach',
] as const;
export type DefaultBuyingRole = (typeof DEFAULT_BUYING_ROLES)[number];

/** Motive pick-lists (table 4-5), three groups. */
export const MOTIVES = {
  jobDuties: ['technology', 'performance', 'quality', 'price', 'safety', 'service'],
  personality: [
    'work_style',
    'decision_style',
    'thinking_style',
    'social_style',
    'planning',
    'expressiveness',
  ],
  personalNeeds: [
    'task_done',
    'achievement',
    'time',
    'responsibility',
    'visibility',
    'belonging',
    'emotion',
    'being_different',
    'status',
    'career',
  ],
} as const;
export type MotiveGroup = keyof typeof MOTIVES;
export type JobDutyMotive = (typeof MOTIVES.jobDuties)[number];
export type PersonalityMotive = (typeof MOTIVES.personality)[number];
export type PersonalNeedMotive = (typeof MOTIVES.personalNeeds)[number];

/** Coverage red flags (shared/coverage.ts computes them). */
export const COVERAGE_FLAGS = [
  'empty_committee',
  'no_decider_identified',
  'decider_not_contacted',
  'opponent_without_plan',
  'no_contact_above_handler',
  'single_thread',
  'no_coach',
  'influence_unknown',
  'stale_contact',
  'competitor_closer',
] as const;
export type CoverageFlagCode = (typeof COVERAGE_FLAGS)[number];

export const DEFAULT_REVIEW_CADENCE_DAYS = 30;

/** Influence routes on the account map (DOMAIN.md §3): which organisation the line runs through. */
export const INFLUENCE_LINE_KINDS = ['formal', 'informal', 'personal', 'external'] as const;
export type InfluenceLineKind = (typeof INFLUENCE_LINE_KINDS)[number];

/** one_way: from → to; mutual: both influence each other. */
export const INFLUENCE_DIRECTIONS = ['one_way', 'mutual'] as const;
export type InfluenceDirection = (typeof INFLUENCE_DIRECTIONS)[number];

export const INFLUENCE_STRENGTHS = ['weak', 'medium', 'strong'] as const;
export type InfluenceStrength = (typeof INFLUENCE_STRENGTHS)[number];

// ---------- Competitors (DOMAIN.md §6) ----------

export const PRICE_LEVELS = ['low', 'medium', 'high', 'premium'] as const;
export type PriceLevel = (typeof PRICE_LEVELS)[number];

/** Where we stand against a competitor in one deal. */
export const COMPETITIVE_POSITIONS = ['ahead', 'level', 'behind'] as const;
export type CompetitivePosition = (typeof COMPETITIVE_POSITIONS)[number];

export const THREAT_LEVELS = ['high', 'medium', 'low'] as const;
export type ThreatLevel = (typeof THREAT_LEVELS)[number];

/** The customer's buying-criteria areas (采购标准), the default criteria of a deal. */
export const CRITERIA_AREAS = [
  'supplier_qualification',
  'product_solution',
  'service',
  'price',
  'project_management',
] as const;
export type CriteriaArea = (typeof CRITERIA_AREAS)[number];

/** Competitor entries not verified for longer than this are marked stale. */
export const DEFAULT_COMPETITOR_STALE_DAYS = 90;

export const WIN_LOSS_REASONS = [
  'price',
  'product_fit',
  'technical',
  'relationship',
  'service',
  'references',
  'delivery',
  'brand',
  'timing',
  'other',
] as const;
export type WinLossReason = (typeof WIN_LOSS_REASONS)[number];

// ---------- Negotiation (DOMAIN.md §7) ----------

/** The headline terms every sheet starts with; users add their own issues beside them. */
export const NEGOTIATION_ISSUES = [
  'price',
  'payment_terms',
  'delivery',
  'warranty',
  'service',
  'training',
  'scope',
  'penalties',
] as const;
export type NegotiationIssueCode = (typeof NEGOTIATION_ISSUES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const NEGOTIATION_ROLES = ['lead', 'commercial', 'finance', 'legal', 'technical'] as const;
export type NegotiationRole = (typeof NEGOTIATION_ROLES)[number];

/** Seed 004's 13 principles, in order, as a pre-meeting checklist. */
export const NEGOTIATION_PRINCIPLES = [
  'long_term_win_win',
  'build_trust_early',
  'prepare_thoroughly',
  'say_we',
  'interests_not_positions',
  'more_issues',
  'avoid_splitting_difference',
  'give_to_get',
  'emotions_out',
  'solve_creatively',
  'seek_added_value',
  'agreements_in_writing',
  'test_bottom_line',
] as const;
export type NegotiationPrinciple = (typeof NEGOTIATION_PRINCIPLES)[number];

// ---------- Account grading (DOMAIN.md §2) ----------

/**
 * Credit-risk warning signs of seed 000 (the Mengxing/Sanli case): rumours; orders suddenly jump
 * or drop; all volume suddenly moved to us from a competitor; a sudden change of suppliers; and
 * the payment signs — delays, shifting dates, a new bank, the contact absent on payment day, a
 * request to cancel the deposit.
 */
export const CREDIT_RISK_FLAGS = [
  'rumours',
  'order_swing',
  'volume_moved_to_us',
  'supplier_change',
  'payment_delay',
  'payment_date_shift',
  'new_bank',
  'absent_on_payment_day',
  'deposit_cancel_request',
] as const;
export type CreditRiskFlag = (typeof CREDIT_RISK_FLAGS)[number];

/** RFM tiers from the top down; `regular` is everyone below the lowest VIP tier. */
export const RFM_TIERS = ['vip1', 'vip2', 'vip3', 'regular'] as const;
export type RfmTierKey = (typeof RFM_TIERS)[number];
