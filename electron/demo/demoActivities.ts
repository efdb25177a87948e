import type { ActivityKind } from '../../shared/activities.ts';
import type { Locale } from '../../shared/enums.ts';
import { SALES8_STAGE_SET } from '../../shared/pipeline.ts';
import { storyTime } from './storyTime.ts';

// Activities and stage evidence of the demo deals (issue 6), written once in both languages like
// demoWorkspace.ts. Each activity with a committee member falls on the last-contact date the
// committee already records, so the dates derived from activities agree with the stored ones.

type Text = { readonly zh: string; readonly en: string };

type ActivitySource = {
  accountKey: string;
  /** Index into the account's opportunities; null for an account-level activity. */
  opportunity: number | null;
  kind: ActivityKind;
  date: string;
  personKeys: string[];
  summary: Text;
  promises?: Text;
  nextStep?: Text;
  nextDate?: string;
  owner: Text;
};

/** Exit criteria of a stage met, each with its evidence (note may be empty) and date. */
type EvidenceSource = {
  accountKey: string;
  opportunity: number;
  stageKey: string;
  met: [criterionKey: string, date: string, note?: Text][];
};

const ZHENG_PENG: Text = { zh: '郑鹏', en: 'Zheng Peng' };
const CHEN_MING: Text = { zh: '陈明', en: 'Chen Ming' };
const ZHANG_JIAQIANG: Text = { zh: '张家强', en: 'Zhang Jiaqiang' };

const ACTIVITIES: readonly ActivitySource[] = [
  {
    accountKey: 'temp',
    opportunity: 0,
    kind: 'visit',
    date: '2026-11-20',
    personKeys: ['purchasing_supervisor'],
    summary: {
      zh: '与宋立军过了一遍比价表和合同审批流程：比价表下周一提交马总，合同文本走法务后再上总经理办公会。',
      en: 'Went through the price comparison and the contract approval route with Song Lijun: the comparison goes to Ma Guodong next Monday; the contract text goes to legal, then to the management meeting.',
    },
    promises: {
      zh: '我方周五前提供书面交期承诺和备件清单。',
      en: 'We send a written delivery commitment and the spare-parts list by Friday.',
    },
    nextStep: { zh: '提交书面交期承诺', en: 'Hand in the written delivery commitment' },
    nextDate: '2026-11-27',
    owner: ZHENG_PENG,
  },
  {
    accountKey: 'temp',
    opportunity: 0,
    kind: 'dinner',
    date: '2026-11-18',
    personKeys: ['technical_director'],
    summary: {
      zh: '行业协会会后在北京一起看了《茶馆》并晚餐；周志强再次提到两个厂统一机型、备件通用的想法。',
      en: 'After the association meeting in Beijing we saw “Teahouse” and had dinner; Zhou Zhiqiang again raised one machine model for both plants with shared spare parts.',
    },
    promises: {
      zh: '12月中旬安排张文博来北京做技术交流，并参观样板客户。',
      en: 'Zhang Wenbo comes to Beijing in mid-December for a technical exchange and a reference visit.',
    },
    nextStep: { zh: '技术交流与样板客户参观', en: 'Technical exchange and reference visit' },
    nextDate: '2026-12-15',
    owner: ZHENG_PENG,
  },
  {
    accountKey: 'temp',
    opportunity: 0,
    kind: 'technical_exchange',
    date: '2026-11-16',
    personKeys: ['process_tooling_head'],
    summary: {
      zh: '向郭振华请教新线夹具方案，他建议双交换工作台配液压夹具以缩短换型时间，并愿意主持工艺评审。',
      en: 'Asked Guo Zhenhua’s advice on the new line’s fixtures; he suggests hydraulic fixtures on the twin pallets to cut changeover time and will chair the process review.',
    },
    promises: {
      zh: '按他的意见修改夹具方案后再请他过目。',
      en: 'We revise the fixture concept along his advice and show it to him again.',
    },
    nextStep: { zh: '提交修改后的夹具方案', en: 'Send the revised fixture concept' },
    nextDate: '2026-11-30',
    owner: ZHENG_PENG,
  },
  {
    accountKey: 'temp',
    opportunity: 0,
    kind: 'visit',
    date: '2026-11-12',
    personKeys: ['chairman'],
    summary: {
      zh: '傍晚在湖滨大道遛狗时与王董聊了二厂投产计划；他关心供应商的长期可靠性，不谈价格。',
      en: 'Talked with Chairman Wang about the Plant 2 start-up while walking the dogs by the lake; he cares about long-term reliability, not price.',
    },
    promises: {
      zh: '艾雪总12月上旬拜访，汇报交付和备件保障方案。',
      en: 'Ai Xue visits in early December to present the delivery and spare-parts plan.',
    },
    nextStep: { zh: '艾雪总高层拜访', en: 'Executive visit by Ai Xue' },
    nextDate: '2026-12-05',
    owner: ZHENG_PENG,
  },
  {
    accountKey: 'temp',
    opportunity: 0,
    kind: 'demo',
    date: '2026-11-05',
    personKeys: ['technical_design_head'],
    summary: {
      zh: '在昆山样板客户现场演示HMC-630加工阀体和在机测量，吴海峰记录了节拍和精度数据。',
      en: 'Demonstrated valve-body machining and on-machine probing on the HMC-630 at the Kunshan reference customer; Wu Haifeng took down cycle time and accuracy.',
    },
    owner: ZHENG_PENG,
  },
  {
    accountKey: 'temp',
    opportunity: 0,
    kind: 'call',
    date: '2026-10-09',
    personKeys: ['vp_operations'],
    summary: {
      zh: '马国栋来电：华东精机报价低约12%，要求我方说明总拥有成本。',
      en: 'Ma Guodong called: Huadong Precision is about 12% cheaper; he wants our total cost of ownership explained.',
    },
    promises: {
      zh: '欧阳华带书面交期承诺和备件方案再次拜访。',
      en: 'Ouyang Hua visits again with a written delivery commitment and spare-parts plan.',
    },
    nextStep: { zh: '总拥有成本对比拜访', en: 'Visit to compare total cost of ownership' },
    nextDate: '2026-11-10',
    owner: ZHENG_PENG,
  },
  {
    accountKey: 'temp',
    opportunity: null,
    kind: 'email',
    date: '2026-09-15',
    personKeys: ['it_manager'],
    summary: {
      zh: '给邓伟发送OPC UA接口说明和MES对接案例。',
      en: 'Sent Deng Wei the OPC UA interface description and an MES integration case.',
    },
    owner: ZHENG_PENG,
  },
  {
    accountKey: 'temp',
    opportunity: 1,
    kind: 'visit',
    date: '2026-11-06',
    personKeys: [],
    summary: {
      zh: '到一厂看现有夹具和刀具管理；升级预算要等二厂方案定型后再定。',
      en: 'Looked at Plant 1’s fixtures and tool management; the upgrade budget waits until the Plant 2 design is settled.',
    },
    nextStep: { zh: '提交初步方案修订版', en: 'Send the revised first proposal' },
    nextDate: '2026-12-10',
    owner: CHEN_MING,
  },
  {
    accountKey: 'jinyue',
    opportunity: 0,
    kind: 'call',
    date: '2026-11-19',
    personKeys: ['procurement_manager'],
    summary: {
      zh: '范晓敏确认合同需报上市公司董事会备案，预计12月中旬签约。',
      en: 'Fan Xiaomin confirmed the contract must be filed with the listed company’s board; signing expected in mid-December.',
    },
    nextStep: { zh: '确认签约日期', en: 'Confirm the signing date' },
    nextDate: '2026-12-01',
    owner: ZHANG_JIAQIANG,
  },
  {
    accountKey: 'nordale',
    opportunity: 0,
    kind: 'demo',
    date: '2026-11-10',
    personKeys: ['engineering_manager', 'quality_manager'],
    summary: {
      zh: '线上演示UMC-500加工胫骨托及IQ/OQ/PQ验证文件模板。',
      en: 'Online demo of tibial-tray machining on the UMC-500 and the IQ/OQ/PQ validation templates.',
    },
    promises: {
      zh: '两周内提供验证样件的检测报告。',
      en: 'Inspection report of the validation parts within two weeks.',
    },
    nextStep: { zh: '发送检测报告', en: 'Send the inspection report' },
    nextDate: '2026-11-24',
    owner: ZHENG_PENG,
  },
];

const EVIDENCE: readonly EvidenceSource[] = [
  // Plant 2 line, now in project evaluation: every stage behind it was passed with evidence.
  {
    accountKey: 'temp',
    opportunity: 0,
    stageKey: 'account_planning',
    met: [
      [
        'fits_selection',
        '2026-03-02',
        { zh: 'A级客户，扩产计划明确。', en: 'Grade A account with a clear expansion plan.' },
      ],
      [
        'contact_handler',
        '2026-03-05',
        { zh: '经手人宋立军已接洽。', en: 'In touch with the handler, Song Lijun.' },
      ],
      [
        'customer_interested',
        '2026-03-10',
        {
          zh: '宋立军电话中表示愿意了解方案。',
          en: 'Song Lijun asked on the phone to hear our offer.',
        },
      ],
      [
        'visit_agreed',
        '2026-03-12',
        { zh: '约定3月18日到厂拜访。', en: 'Visit on site agreed for 18 March.' },
      ],
    ],
  },
  {
    accountKey: 'temp',
    opportunity: 0,
    stageKey: 'visit_research',
    met: [
      [
        'needs_uncovered',
        '2026-03-18',
        {
          zh: '产能翻番、准时交货率回到95%。',
          en: 'Double capacity; on-time delivery back above 95%.',
        },
      ],
      [
        'purchasing_power',
        '2026-04-02',
        { zh: '董事会批准二厂投资。', en: 'The board approved the Plant 2 investment.' },
      ],
      [
        'process_discussed',
        '2026-04-02',
        {
          zh: '采购小组评估后报总经理办公会。',
          en: 'A buying team evaluates, the management meeting decides.',
        },
      ],
      [
        'org_chart_started',
        '2026-04-10',
        { zh: '组织结构图已画到部门经理一级。', en: 'Org chart drawn down to department heads.' },
      ],
    ],
  },
  {
    accountKey: 'temp',
    opportunity: 0,
    stageKey: 'first_proposal',
    met: [
      [
        'targeted_interviews',
        '2026-05-08',
        {
          zh: '访谈了技术部、生产部和设备科。',
          en: 'Interviewed engineering, production and maintenance.',
        },
      ],
      [
        'first_proposal_built',
        '2026-05-20',
        {
          zh: '初步方案：6台HMC-630加桁架上下料。',
          en: 'First proposal: 6 HMC-630s with gantry loading.',
        },
      ],
      [
        'handler_satisfied',
        '2026-05-27',
        { zh: '宋立军认可方案方向。', en: 'Song Lijun agreed with the direction.' },
      ],
      [
        'beyond_handler',
        '2026-06-03',
        {
          zh: '已与郭振华、吴海峰建立联系。',
          en: 'Relationships with Guo Zhenhua and Wu Haifeng.',
        },
      ],
      [
        'leadership_continue',
        '2026-06-15',
        { zh: '马国栋同意进入方案演示。', en: 'Ma Guodong agreed to go on to demonstrations.' },
      ],
    ],
  },
  {
    accountKey: 'temp',
    opportunity: 0,
    stageKey: 'solution_demo',
    met: [
      [
        'participants_known',
        '2026-07-01',
        {
          zh: '演示参加人员名单及关注点已整理。',
          en: 'Attendee list with each one’s concerns prepared.',
        },
      ],
      [
        'presales_engaged',
        '2026-07-08',
        { zh: '张文博负责技术交流。', en: 'Zhang Wenbo leads the technical exchange.' },
      ],
      [
        'participants_satisfied',
        '2026-07-22',
        {
          zh: '昆山样板客户参观后反馈良好。',
          en: 'Good feedback after the Kunshan reference visit.',
        },
      ],
      [
        'formal_proposal_requested',
        '2026-08-05',
        { zh: '宋立军来函要求正式方案。', en: 'Song Lijun wrote asking for a formal proposal.' },
      ],
    ],
  },
  {
    accountKey: 'temp',
    opportunity: 0,
    stageKey: 'formal_proposal',
    met: [
      [
        'research_widened',
        '2026-08-20',
        { zh: '增加了IT和财务的调研。', en: 'Research widened to IT and finance.' },
      ],
      [
        'matches_evaluation',
        '2026-09-10',
        {
          zh: '方案按评估表的六项标准编写。',
          en: 'Proposal written against the six evaluation criteria.',
        },
      ],
      [
        'more_supporters',
        '2026-09-25',
        { zh: '郭振华成为我方教练。', en: 'Guo Zhenhua became our coach.' },
      ],
      [
        'senior_reached',
        '2026-10-15',
        {
          zh: '王董在行业活动上接见艾雪总。',
          en: 'Chairman Wang met Ai Xue at an industry event.',
        },
      ],
      [
        'tender_shortlisted',
        '2026-10-28',
        {
          zh: '与华东精机、Ridgeline一起入围。',
          en: 'Shortlisted with Huadong Precision and Ridgeline.',
        },
      ],
    ],
  },
  {
    accountKey: 'temp',
    opportunity: 0,
    stageKey: 'evaluation',
    met: [
      [
        'meets_evaluation',
        '2026-11-05',
        { zh: '加权评分我方领先。', en: 'We lead on the weighted criteria.' },
      ],
      [
        'evaluators_known',
        '2026-11-16',
        {
          zh: '评估组六人的态度已记录在采购中心。',
          en: 'Attitudes of the six evaluators recorded on the committee.',
        },
      ],
    ],
  },
  // Plant 1 fixtures, at first proposal.
  {
    accountKey: 'temp',
    opportunity: 1,
    stageKey: 'account_planning',
    met: [
      ['fits_selection', '2026-09-01'],
      ['contact_handler', '2026-09-03', { zh: '通过郭振华接洽。', en: 'Through Guo Zhenhua.' }],
      ['customer_interested', '2026-09-10'],
      ['visit_agreed', '2026-09-15'],
    ],
  },
  {
    accountKey: 'temp',
    opportunity: 1,
    stageKey: 'visit_research',
    met: [
      [
        'needs_uncovered',
        '2026-10-08',
        { zh: '换型时间长，刀具寿命无记录。', en: 'Long changeovers; tool life not tracked.' },
      ],
      ['purchasing_power', '2026-10-08'],
      ['process_discussed', '2026-10-20'],
      ['org_chart_started', '2026-10-20'],
    ],
  },
  // Nordale, at solution demo.
  ...(['account_planning', 'visit_research', 'first_proposal'] as const).map(
    (stageKey, i): EvidenceSource => ({
      accountKey: 'nordale',
      opportunity: 0,
      stageKey,
      // Met on the dates of that stage's meetings; the notes are on the account's timeline.
      met: criteriaOf(stageKey).map((c): [string, string] => [c, `2026-0${6 + i}-15`]),
    }),
  ),
];

function criteriaOf(stageKey: string): string[] {
  const stage = SALES8_STAGE_SET.stages.find((s) => s.key === stageKey);
  if (!stage) throw new Error(`Demo evidence: unknown stage ${stageKey}`);
  return stage.criteria.map((c) => c.key);
}

export type DemoActivity = Omit<
  ActivitySource,
  'summary' | 'promises' | 'nextStep' | 'nextDate' | 'owner'
> & {
  summary: string;
  promises: string;
  nextStep: string;
  nextDate: string | null;
  owner: string;
};

export type DemoEvidence = {
  accountKey: string;
  opportunity: number;
  items: { stageKey: string; criterionKey: string; met: true; note: string; date: string }[];
};

/** The demo's activities and evidence in `locale`, their story moved to `today` (storyTime.ts). */
export function demoActivities(
  locale: Locale,
  today: string,
): {
  activities: DemoActivity[];
  evidence: DemoEvidence[];
} {
  const story = storyTime(today);
  const t = (text: Text | undefined) =>
    text === undefined ? '' : story.text(locale === 'zh-CN' ? text.zh : text.en);
  return {
    activities: ACTIVITIES.map((a) => ({
      ...a,
      date: story.day(a.date),
      summary: t(a.summary),
      promises: t(a.promises),
      nextStep: t(a.nextStep),
      nextDate: a.nextDate === undefined ? null : story.day(a.nextDate),
      owner: t(a.owner),
    })),
    evidence: EVIDENCE.map((e) => ({
      accountKey: e.accountKey,
      opportunity: e.opportunity,
      items: e.met.map(([criterionKey, date, note]) => ({
        stageKey: e.stageKey,
        criterionKey,
        met: true,
        note: t(note),
        date: story.day(date),
      })),
    })),
  };
}
