import { z } from 'zod';
import { BUYING_STAGES, DEFAULT_STAGE_PROBABILITY, SALES_STAGES } from './enums.ts';
import { id, opportunity, probability, stageKey, stageSetId } from './schemas.ts';
import { teamFilter } from './team.ts';

// Defined in schemas.ts (opportunities use them) and re-exported here: no import cycle.
export { probability, stageKey, stageSetId };

// Pipeline (DOMAIN.md §4, issue 6): configurable stage sets with exit criteria, evidence per
// criterion, stage moves that ask for confirmation past unmet criteria, and the review queue.

const text = (max: number) => z.string().trim().max(max);
const requiredText = (max: number) => z.string().trim().min(1, { error: 'required' }).max(max);
const isoDate = z.iso.date({ error: 'invalid_date' });
const version = z.number().int().min(1);

export const criterionKey = stageKey;

// ---------- Stage sets (settings) ----------

export const stageCriterion = z.strictObject({
  key: criterionKey,
  labelZh: requiredText(300),
  labelEn: requiredText(300),
});
export type StageCriterion = z.infer<typeof stageCriterion>;

export const stageDef = z.strictObject({
  key: stageKey,
  labelZh: requiredText(60),
  labelEn: requiredText(60),
  /** Default win probability of a deal at this stage. */
  probability,
  /** The customer's buying stage shown beside ours (DOMAIN.md §4); null when the set has none. */
  buyingStage: z.enum(BUYING_STAGES).nullable(),
  /** Exit criteria: what must be true, with evidence, before the deal leaves this stage. */
  criteria: z.array(stageCriterion).max(30),
});
export type StageDef = z.infer<typeof stageDef>;

export const stageSet = z.object({
  id: stageSetId,
  nameZh: z.string(),
  nameEn: z.string(),
  /** In order: a deal moves forward along this list. The last stage is "won". */
  stages: z.array(stageDef).min(2).max(20),
  builtIn: z.boolean(),
  /** The set new deals get. Exactly one set is the default. */
  isDefault: z.boolean(),
  version,
});
export type StageSet = z.infer<typeof stageSet>;

/** Keys unique within a set and criteria unique within a stage; used by stageSets.save. */
export const stageSetSave = z
  .strictObject({
    id: stageSetId,
    /** Absent when creating a new set. */
    version: version.optional(),
    nameZh: requiredText(60),
    nameEn: requiredText(60),
    stages: z.array(stageDef).min(2).max(20),
    isDefault: z.boolean().optional(),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.stages.forEach((st, i) => {
      if (seen.has(st.key))
        ctx.addIssue({ code: 'custom', path: ['stages', i, 'key'], message: 'duplicate_stage' });
      seen.add(st.key);
      const crit = new Set<string>();
      st.criteria.forEach((c, j) => {
        if (crit.has(c.key))
          ctx.addIssue({
            code: 'custom',
            path: ['stages', i, 'criteria', j, 'key'],
            message: 'duplicate_stage',
          });
        crit.add(c.key);
      });
    });
  });
export type StageSetSave = z.input<typeof stageSetSave>;

// ---------- Evidence and stage moves ----------

/** One checklist item of one stage of one deal: met or not, with the evidence note and its date. */
export const criterionEvidence = z.object({
  opportunityId: id,
  stageKey,
  criterionKey,
  met: z.boolean(),
  note: z.string(),
  /** The date the evidence is from (a meeting, a letter), not when it was typed. */
  date: isoDate.nullable(),
  updatedAt: z.string(),
});
export type CriterionEvidence = z.infer<typeof criterionEvidence>;

export const evidenceInput = z.strictObject({
  stageKey,
  criterionKey,
  met: z.boolean(),
  note: text(2000).default(''),
  date: isoDate.nullable().default(null),
});
export type EvidenceInput = z.input<typeof evidenceInput>;

/** Recorded when a deal was moved past criteria that were not met. Never edited. */
export const stageConfirmation = z.object({
  id,
  opportunityId: id,
  fromStage: stageKey,
  toStage: stageKey,
  /** `<stageKey>.<criterionKey>` of each criterion unmet at the time. */
  unmet: z.array(z.string()),
  note: z.string(),
  at: z.string(),
});
export type StageConfirmation = z.infer<typeof stageConfirmation>;

export const advanceStageInput = z.strictObject({
  id,
  version,
  toStage: stageKey,
  /** Evidence saved in the same transaction, before the gate is checked. */
  evidence: z.array(evidenceInput).max(100).optional(),
  /** Required (true) to move forward past unmet criteria; the confirmation is recorded. */
  confirmUnmet: z.boolean().default(false),
  /** Why the rep moves on anyway; kept with the confirmation. */
  confirmNote: text(1000).default(''),
  /**
   * Probability override: a number keeps it (shown as overridden), null returns to the stage's
   * probability, absent leaves an existing override in place.
   */
  probabilityOverride: probability.nullable().optional(),
});
export type AdvanceStageInput = z.input<typeof advanceStageInput>;

/** The pipeline view of a deal: the opportunity plus its stage set, override and evidence. */
export const pipelineDeal = opportunity.extend({
  stageSetId,
  /** Current stage key within the deal's stage set (the same value as salesStage). */
  stageKey,
  /** Null when the probability follows the stage. */
  probabilityOverride: probability.nullable(),
  evidence: z.array(criterionEvidence),
  confirmations: z.array(stageConfirmation),
});
export type PipelineDeal = z.infer<typeof pipelineDeal>;

export const advanceStageOutput = z.object({
  deal: pipelineDeal,
  /** Criteria passed unmet by this move (empty when all were met or the move went backwards). */
  unmet: z.array(z.object({ stageKey, criterionKey })),
  confirmation: stageConfirmation.nullable(),
});

// ---------- Review queue (1-15-30) ----------

export const REVIEW_RULES = ['not_updated', 'stalled', 'no_intent'] as const;
export type ReviewRule = (typeof REVIEW_RULES)[number];

export const reviewRuleSettings = z.strictObject({
  /** "1": reviewed weekly — a deal not updated for this many days is due. */
  notUpdatedDays: z.number().int().min(1).max(365),
  /** "15": neither committee nor stage moved for this many days. */
  stalledDays: z.number().int().min(1).max(365),
  /** "30": open this long with no criterion met as evidence of intent. */
  noIntentDays: z.number().int().min(1).max(730),
});
export type ReviewRuleSettings = z.infer<typeof reviewRuleSettings>;
export const DEFAULT_REVIEW_RULES: ReviewRuleSettings = {
  notUpdatedDays: 7,
  stalledDays: 15,
  noIntentDays: 30,
};

export const reviewItem = z.object({
  opportunityId: id,
  opportunityName: z.string(),
  accountId: id,
  accountName: z.string(),
  owner: z.string(),
  rule: z.enum(REVIEW_RULES),
  /** Days since the date the rule looks at (last update, last move, creation). */
  days: z.number().int(),
  /** The date the rule looked at, YYYY-MM-DD. */
  since: isoDate,
});
export type ReviewItem = z.infer<typeof reviewItem>;

/** Served by main now (spread into channels.ts). */
export const stageChannels = {
  'stageSets.list': { input: z.strictObject({}), output: z.array(stageSet) },
  'stageSets.save': { input: stageSetSave, output: stageSet },
  'stages.deal': {
    input: z.strictObject({ id }),
    output: pipelineDeal,
  },
  'stages.saveEvidence': {
    input: z.strictObject({ id, items: z.array(evidenceInput).min(1).max(100) }),
    output: z.array(criterionEvidence),
  },
  'stages.advance': { input: advanceStageInput, output: advanceStageOutput },
} as const;

/** The 1-15-30 review queue; served. */
export const reviewChannels = {
  'reviews.queue': {
    input: z.strictObject({
      owner: text(100).optional(),
      /** Deals owned by a team member, or by a manager's whole team (checked in main). */
      team: teamFilter.optional(),
      /** Defaults to today; lets a review pack be reproduced for a given day. */
      asOf: isoDate.optional(),
    }),
    output: z.array(reviewItem),
  },
} as const;

// ---------- Built-in stage sets ----------

const SALES_STAGE_LABELS: Record<(typeof SALES_STAGES)[number], [string, string]> = {
  account_planning: ['客户规划与电话邀约', 'Account planning and phone appointment'],
  visit_research: ['客户拜访与初步调研', 'Visit and first research'],
  first_proposal: ['提交初步方案', 'First proposal'],
  solution_demo: ['方案演示与技术交流', 'Solution demo and technical exchange'],
  formal_proposal: ['需求分析与正式方案设计', 'Needs analysis and formal proposal'],
  evaluation: ['项目评估', 'Project evaluation'],
  negotiation: ['商务谈判', 'Commercial negotiation'],
  signed: ['签约成交', 'Signed'],
};

const SALES_STAGE_BUYING: Record<(typeof SALES_STAGES)[number], (typeof BUYING_STAGES)[number]> = {
  account_planning: 'need_raised',
  visit_research: 'feasibility_budget',
  first_proposal: 'project_approved',
  solution_demo: 'criteria_set',
  formal_proposal: 'tender_shortlist',
  evaluation: 'preferred_supplier',
  negotiation: 'contract_review',
  signed: 'contract_signed',
};

type C = [key: string, zh: string, en: string];
/** DOMAIN.md §4 "Milestones and exit criteria", stage by stage. */
const SALES_STAGE_CRITERIA: Record<(typeof SALES_STAGES)[number], C[]> = {
  account_planning: [
    ['fits_selection', '目标符合我方选择标准', 'Target fits our selection criteria'],
    [
      'contact_handler',
      '我方联系人至少是项目经手人',
      'Our contact is at least the project handler',
    ],
    [
      'customer_interested',
      '客户有兴趣并愿意认真考虑',
      'Customer interested and will consider it seriously',
    ],
    ['visit_agreed', '已约定拜访时间和地点', 'Visit date and place agreed'],
  ],
  visit_research: [
    ['needs_uncovered', '通过提问和倾听发现需求', 'Needs uncovered by asking and listening'],
    ['purchasing_power', '已确认购买力', 'Purchasing power confirmed'],
    ['process_discussed', '已讨论采购流程', 'Buying process discussed'],
    [
      'org_chart_started',
      '已开始组织结构图及各人角色与态度',
      'Org chart and roles/attitudes started',
    ],
  ],
  first_proposal: [
    [
      'targeted_interviews',
      '已与经手人及相关部门做针对性访谈',
      'Targeted interviews with handler and departments',
    ],
    ['first_proposal_built', '据此形成初步方案', 'First proposal built on them'],
    ['handler_satisfied', '经手人满意', 'Handler satisfied'],
    ['beyond_handler', '关系已超出经手人', 'Relationships beyond the handler'],
    [
      'leadership_continue',
      '领导和其他部门接受并同意继续',
      'Leadership and other departments agree to continue',
    ],
  ],
  solution_demo: [
    [
      'participants_known',
      '每位参与者的角色、部门和关注点已知',
      'Role, department and concerns of every participant known',
    ],
    ['presales_engaged', '售前已与客户接触', 'Presales engaged the customer'],
    ['participants_satisfied', '参与者和领导满意', 'Participants and leadership satisfied'],
    ['formal_proposal_requested', '客户要求正式方案', 'Customer asks for a formal proposal'],
  ],
  formal_proposal: [
    ['research_widened', '调研扩展到更多部门', 'Research widened to more departments'],
    [
      'matches_evaluation',
      '方案符合即将到来的评估标准',
      'Proposal matches the coming evaluation criteria',
    ],
    ['more_supporters', '赢得更多支持者', 'More supporters won'],
    [
      'senior_reached',
      '已接触高层领导或评估负责人',
      'A senior leader or the evaluation lead reached',
    ],
    ['tender_shortlisted', '招标中入围', 'Shortlisted in the tender'],
  ],
  evaluation: [
    ['meets_evaluation', '我方满足评估标准', 'We meet the evaluation criteria'],
    ['evaluators_known', '每位评估人的态度已知', "Each evaluator's attitude known"],
    [
      'competitors_known',
      '通过内线了解竞争对手优劣势',
      "Competitors' strengths and weaknesses known through an insider",
    ],
    ['preferred_supplier', '我方为首选供应商', 'We are the preferred supplier'],
  ],
  negotiation: [
    ['terms_clear', '条款和付款细节明确', 'Terms and payment details clear'],
    ['contract_drafted', '合同条款已起草', 'Contract terms drafted'],
    ['signing_arranged', '已安排签约', 'Signing arranged'],
  ],
  signed: [['contract_signed', '合同已签订', 'Contract signed']],
};

const criteria = (list: C[]): StageCriterion[] =>
  list.map(([key, labelZh, labelEn]) => ({ key, labelZh, labelEn }));

export const SALES8_STAGE_SET: StageSet = {
  id: 'sales8',
  nameZh: '项目型销售推进流程（8 阶段）',
  nameEn: 'Project sales process (8 stages)',
  stages: SALES_STAGES.map((key) => ({
    key,
    labelZh: SALES_STAGE_LABELS[key][0],
    labelEn: SALES_STAGE_LABELS[key][1],
    probability: DEFAULT_STAGE_PROBABILITY[key],
    buyingStage: SALES_STAGE_BUYING[key],
    criteria: criteria(SALES_STAGE_CRITERIA[key]),
  })),
  builtIn: true,
  isDefault: true,
  version: 1,
};

/** Seed 003's coarser large-account flow. Probabilities are our guess: the seed gives none. */
export const LARGE_ACCOUNT6_STAGE_SET: StageSet = {
  id: 'large_account6',
  nameZh: '大客户销售管理流程（6 阶段）',
  nameEn: 'Large-account sales flow (6 stages)',
  stages: [
    {
      key: 'account_development',
      labelZh: '客户开发',
      labelEn: 'Account development',
      probability: 10,
      buyingStage: 'need_raised',
      criteria: criteria([
        [
          'lead_qualified',
          '项目线索已评估（需求、进度、预算、竞争、决策）',
          'Lead assessed (need, schedule, budget, competition, decision)',
        ],
        ['grade_set', '已确定客户等级（A/B/C/D）', 'Account grade set (A/B/C/D)'],
      ]),
    },
    {
      key: 'project_approval',
      labelZh: '立项',
      labelEn: 'Project approval',
      probability: 25,
      buyingStage: 'project_approved',
      criteria: criteria([
        ['project_approved', '客户已立项', 'Customer approved the project'],
        ['budget_known', '预算已知', 'Budget known'],
      ]),
    },
    {
      key: 'proposal',
      labelZh: '提案',
      labelEn: 'Proposal',
      probability: 40,
      buyingStage: 'criteria_set',
      criteria: criteria([
        ['proposal_accepted', '方案已被客户认可', 'Proposal accepted by the customer'],
      ]),
    },
    {
      key: 'tender',
      labelZh: '招投标',
      labelEn: 'Tender',
      probability: 60,
      buyingStage: 'tender_shortlist',
      criteria: criteria([['shortlisted', '已入围', 'Shortlisted']]),
    },
    {
      key: 'negotiation',
      labelZh: '商务谈判',
      labelEn: 'Commercial negotiation',
      probability: 85,
      buyingStage: 'contract_review',
      criteria: criteria([['contract_agreed', '合同条款已议定', 'Contract terms agreed']]),
    },
    {
      key: 'implementation',
      labelZh: '工程实施',
      labelEn: 'Implementation',
      probability: 100,
      buyingStage: 'contract_signed',
      criteria: [],
    },
  ],
  builtIn: true,
  isDefault: false,
  version: 1,
};

export const BUILT_IN_STAGE_SETS: readonly StageSet[] = [
  SALES8_STAGE_SET,
  LARGE_ACCOUNT6_STAGE_SET,
];
