import type { UpsertMemberInput } from '../../shared/committee.ts';
import type {
  Attitude,
  BuyingStage,
  ContactStrength,
  Currency,
  DefaultBuyingRole,
  DepartmentFunction,
  Influence,
  JobDutyMotive,
  PersonalityMotive,
  PersonalNeedMotive,
  FunnelStage,
  Grade,
  InfluenceDirection,
  InfluenceLineKind,
  InfluenceStrength,
  Level,
  Locale,
  OpportunityStatus,
  PaymentBehaviour,
  PurchaseType,
  SalesStage,
} from '../../shared/enums.ts';
import type { AccountCreate, OpportunityCreate, PersonCreate } from '../../shared/schemas.ts';
import { storyTime } from './storyTime.ts';

// The demo workspace of a first run: the worked example of DOMAIN.md §8 (seed 004 ch. 3), King
// (us, the seller) and Temp (the buyer), plus a few more accounts so lists are not trivial.
// Every record is written once with its text in both languages, so zh-CN and en describe the
// same company, people, numbers and dates and cannot drift apart.

/** A person of a demo account; reporting lines point at other people's `key` in the same account. */
export type DemoPerson = Omit<PersonCreate, 'accountId' | 'managerId' | 'secondManagerId'> & {
  key: string;
  managerKey?: string;
  secondManagerKey?: string;
};

/** A member of a demo buying committee; `personKey` is a person of the same account. */
export type DemoMember = Omit<UpsertMemberInput, 'opportunityId' | 'personId' | 'version'> & {
  personKey: string;
};

/** The committee of `opportunities[opportunity]`. */
export type DemoCommittee = { opportunity: number; members: DemoMember[] };

/** An influence line of the account map between two people (`key`s) of the same account. */
export type DemoInfluence = {
  fromKey: string;
  toKey: string;
  kind: InfluenceLineKind;
  direction: InfluenceDirection;
  strength: InfluenceStrength;
  note: string;
};

export type DemoAccount = {
  key: string;
  account: AccountCreate;
  people: DemoPerson[];
  opportunities: DemoOpportunity[];
  committees: DemoCommittee[];
  influences: DemoInfluence[];
};

/** A demo deal; `openedDaysAgo`: how many days before the workspace's creation it was entered. */
export type DemoOpportunity = Omit<OpportunityCreate, 'accountId'> & { openedDaysAgo: number };

/** One piece of demo text in both interface languages. */
type Text = { readonly zh: string; readonly en: string };

type PersonSource = {
  key: string;
  managerKey?: string;
  secondManagerKey?: string;
  name: Text;
  title: Text;
  department: Text;
  level: Level | null;
  /** Outside the customer (design institute, consultant): on the map, never on a reporting line. */
  external?: boolean;
  organization?: Text;
  phone: string;
  email: string;
  birthday?: string;
  interests?: Text;
  education?: Text;
  notes?: Text;
};

type OpportunitySource = {
  name: Text;
  products: Text;
  amount: number;
  currency: Currency;
  expectedCloseDate: string;
  /** The story day the deal was entered in the workbench. */
  openedOn: string;
  owner: Text;
  purchaseType: PurchaseType;
  salesStage: SalesStage;
  /** Only where it differs from the stage's default probability. */
  probability?: number;
  buyingStage: BuyingStage;
  status: OpportunityStatus;
  statusReason?: Text;
  committee?: MemberSource[];
};

type MemberSource = {
  personKey: string;
  function: DepartmentFunction | null;
  roles: DefaultBuyingRole[];
  attitude: Attitude;
  attitudeScore: number | null;
  influence: Influence;
  contact: ContactStrength;
  relationshipOwner: Text;
  lastContactDate: string | null;
  concerns: Text;
  motives?: {
    jobDuties: JobDutyMotive[];
    personality: PersonalityMotive[];
    personalNeeds: PersonalNeedMotive[];
    notes: Text;
  };
  winFormula?: { companyInterest: Text; personalInterest: Text; humanTouch: Text };
  plan?: { routes: Text; ourRoute: Text; keyPoints: Text; owner: Text; dueDate: string | null };
};

type AccountSource = {
  key: string;
  name: Text;
  address: Text;
  phone: string;
  fax: string;
  bankAccount: Text;
  website: string;
  industry: Text;
  region: Text;
  developmentPlans: Text;
  fiscalYearStartMonth: number;
  listed: boolean;
  revenue: number;
  staffSize: number;
  budget: number | null;
  installedBase: Text;
  deliveryPreferences: Text;
  sites: Text;
  pastDeals: Text;
  paymentBehaviour: PaymentBehaviour | null;
  grade: Grade;
  funnelStage: FunnelStage;
  owner: Text;
  people: PersonSource[];
  opportunities: OpportunitySource[];
  influences?: InfluenceSource[];
};

type InfluenceSource = Omit<DemoInfluence, 'note'> & { note: Text };

// King's own people (DOMAIN.md §8) who own accounts and deals.
const KING = {
  aiXue: { zh: '艾雪', en: 'Ai Xue' },
  zhangJiaqiang: { zh: '张家强', en: 'Zhang Jiaqiang' },
  ouyangHua: { zh: '欧阳华', en: 'Ouyang Hua' },
  chenMing: { zh: '陈明', en: 'Chen Ming' },
  zhengPeng: { zh: '郑鹏', en: 'Zheng Peng' },
} as const satisfies Record<string, Text>;

// King's people who own relationships on a buying committee, besides the deal owners above.
const KING_TEAM = {
  zhangWenbo: { zh: '张文博', en: 'Zhang Wenbo' },
  zengXueming: { zh: '曾学明', en: 'Zeng Xueming' },
  tangZhengye: { zh: '汤政叶', en: 'Tang Zhengye' },
  wangXing: { zh: '王星', en: 'Wang Xing' },
} as const satisfies Record<string, Text>;

const MANUFACTURING: Text = { zh: '机械制造', en: 'Machinery manufacturing' };

// The buying committee of Temp's Plant 2 line at project evaluation, as a manager would review it
// in late November 2026: strong support in the technical chain, but the finance manager who
// approves the payment terms was never met, the IT manager opposes us with no plan to reach him,
// and the plant manager who runs the purchase has not been seen since early October.
const plant2Committee: MemberSource[] = [
  {
    personKey: 'chairman',
    function: null,
    roles: ['decider', 'approver'],
    attitude: 'supporter',
    attitudeScore: 1,
    influence: 'high',
    contact: 'frequent',
    relationshipOwner: KING.zhengPeng,
    lastContactDate: '2026-11-12',
    concerns: {
      zh: '供应商的长期可靠性和售后；投资回报；反感回扣和酒桌文化。',
      en: 'The supplier’s long-term reliability and after-sales service; return on the investment; dislikes kickbacks and banquets.',
    },
    motives: {
      jobDuties: ['quality', 'service'],
      personality: ['decision_style'],
      personalNeeds: ['achievement', 'responsibility'],
      notes: {
        zh: '创业者，把公司当作自己的作品；拍板前先听技术总监和厂长的意见。',
        en: 'A founder who sees the company as his life’s work; hears the Technical Director and the Plant Manager before he decides.',
      },
    },
    winFormula: {
      companyInterest: {
        zh: '二厂按期投产，产能翻番，准时交货率回到95%以上。',
        en: 'Plant 2 on stream on time, capacity doubled, on-time delivery back above 95%.',
      },
      personalInterest: {
        zh: '向董事会兑现扩产承诺，为2029年上市辅导打下规范管理的基础。',
        en: 'Keeps his expansion promise to the board and shows the orderly management an IPO in 2029 will need.',
      },
      humanTouch: {
        zh: '傍晚在湖滨大道遛狗时聊天（郑鹏也养卷毛狗）；爱喝普洱茶。',
        en: 'Evening chats on the lake promenade while walking the dogs (Zheng Peng also keeps a poodle); likes Pu’er tea.',
      },
    },
    plan: {
      routes: {
        zh: '正式：技术总监和厂长的评估意见；非正式：傍晚遛狗。',
        en: 'Formal: the recommendations of the Technical Director and the Plant Manager; informal: the evening dog walks.',
      },
      ourRoute: {
        zh: '艾雪总12月上旬拜访，汇报二厂项目的交付和备件保障方案。',
        en: 'Ai Xue calls on him in early December to present the delivery and spare-parts plan for Plant 2.',
      },
      keyPoints: {
        zh: '讲长期可靠性和本地备件库存，不谈折扣。',
        en: 'Talk about long-term reliability and local spare-parts stock, not discounts.',
      },
      owner: KING.aiXue,
      dueDate: '2026-12-08',
    },
  },
  {
    personKey: 'technical_director',
    function: 'technical',
    roles: ['specifier', 'evaluator', 'technical_buyer'],
    attitude: 'supporter',
    attitudeScore: 2,
    influence: 'high',
    contact: 'close',
    relationshipOwner: KING_TEAM.zhangWenbo,
    lastContactDate: '2026-11-18',
    concerns: {
      zh: '加工精度和稳定性；进口备件的交货期（目前平均3周）。',
      en: 'Machining accuracy and stability; the lead time of imported spare parts (3 weeks on average today).',
    },
    motives: {
      jobDuties: ['technology', 'performance', 'quality'],
      personality: ['thinking_style'],
      personalNeeds: ['visibility', 'achievement'],
      notes: {
        zh: '主张选美国设备的是他，希望新线成为行业协会里的样板。',
        en: 'He argued for US-made machines and wants the new line to be a showcase in the industry association.',
      },
    },
    winFormula: {
      companyInterest: {
        zh: '两个厂统一机型，工艺和备件通用，维护成本更低。',
        en: 'One machine model in both plants: shared processes and spare parts, lower maintenance cost.',
      },
      personalInterest: {
        zh: '新线成为行业样板，提升他在行业协会的影响力。',
        en: 'A showcase line that raises his standing in the industry association.',
      },
      humanTouch: {
        zh: '话剧迷：11月18日在北京一起看了《茶馆》。',
        en: 'A theatre lover: saw Teahouse together in Beijing on 18 November.',
      },
    },
    plan: {
      routes: {
        zh: '每月中旬到北京参加行业协会会议，行程由刘倩安排。',
        en: 'In Beijing mid-month for the industry association; Liu Qian books his trips.',
      },
      ourRoute: {
        zh: '12月中旬在北京安排张文博与他做技术交流，并参观样板客户。',
        en: 'A technical exchange with Zhang Wenbo in Beijing in mid-December, with a reference-site visit.',
      },
      keyPoints: {
        zh: '苏州备件寄售库存，48小时到厂。',
        en: 'Consignment spare-parts stock in Suzhou, on site within 48 hours.',
      },
      owner: KING_TEAM.zhangWenbo,
      dueDate: '2026-12-16',
    },
  },
  {
    personKey: 'vp_operations',
    function: 'user',
    roles: ['purchaser', 'economic_buyer'],
    attitude: 'neutral',
    attitudeScore: 0,
    influence: 'high',
    contact: 'frequent',
    relationshipOwner: KING.ouyangHua,
    // Not seen since early October: stale for a monthly review.
    lastContactDate: '2026-10-09',
    concerns: {
      zh: '华东精机的Kasumi方案报价低约12%；我司的交期和备件承诺；二厂必须在2027年二季度投产。',
      en: 'Huadong Precision’s Kasumi offer is about 12% cheaper; our delivery and spare-parts commitments; Plant 2 must start production in Q2 2027.',
    },
    motives: {
      jobDuties: ['price', 'service'],
      personality: ['planning'],
      personalNeeds: ['task_done', 'responsibility'],
      notes: {
        zh: '董事会授权他负责这次采购，按期投产是他今年最重要的考核指标。',
        en: 'The board put him in charge of this purchase; starting production on time is his main target this year.',
      },
    },
    winFormula: {
      companyInterest: {
        zh: '交期和备件有保证，总拥有成本低于Kasumi方案。',
        en: 'Guaranteed delivery and spare parts, and a lower total cost of ownership than the Kasumi offer.',
      },
      personalInterest: {
        zh: '按期投产，完成董事会交给他的任务。',
        en: 'Starting production on time: the job the board gave him, done.',
      },
      humanTouch: {
        zh: '儿子马骁集邮，12月9日生日：陈明整理的邮票册。',
        en: 'His son Ma Xiao collects stamps and has his birthday on 9 December: the stamp album Chen Ming put together.',
      },
    },
    plan: {
      routes: {
        zh: '正式：采购小组会议；非正式：周末太湖钓鱼。',
        en: 'Formal: buying-team meetings; informal: weekend fishing on Lake Tai.',
      },
      ourRoute: {
        zh: '欧阳华带书面交期承诺和备件方案再次拜访，一起算清总拥有成本。',
        en: 'Ouyang Hua calls again with a written delivery commitment and a spare-parts plan, and works out the total cost of ownership with him.',
      },
      keyPoints: {
        zh: '不拼价格，拼交期和停机损失。',
        en: 'Compete on delivery and downtime, not on price.',
      },
      owner: KING.ouyangHua,
      dueDate: '2026-12-04',
    },
  },
  {
    personKey: 'finance_manager',
    function: 'finance',
    roles: ['approver'],
    attitude: 'neutral',
    attitudeScore: null,
    influence: 'medium',
    // Known only through the purchasing supervisor: nobody has met her.
    contact: 'none',
    relationshipOwner: KING_TEAM.tangZhengye,
    lastContactDate: null,
    concerns: {
      zh: '付款条款：坚持3-6-1和10%质保金，对预付款比例敏感。',
      en: 'Payment terms: insists on 30/60/10 with a 10% retention and is sensitive about the down payment.',
    },
    motives: {
      jobDuties: ['price'],
      personality: [],
      personalNeeds: ['responsibility'],
      notes: { zh: '', en: '' },
    },
  },
  {
    personKey: 'it_manager',
    function: 'technical',
    roles: ['evaluator', 'influencer'],
    attitude: 'opponent',
    attitudeScore: -2,
    influence: 'high',
    contact: 'distant',
    relationshipOwner: KING_TEAM.zengXueming,
    lastContactDate: '2026-09-15',
    concerns: {
      zh: '要求OPC UA接口并接入现有MES；认为我司的数据接口方案不成熟，而Kasumi的代理商承诺免费做MES对接。',
      en: 'Requires OPC UA and data flowing into the existing MES; thinks our interface is immature, while Kasumi’s dealer has promised the MES integration for free.',
    },
    motives: {
      jobDuties: ['technology', 'service'],
      personality: ['expressiveness'],
      personalNeeds: ['being_different', 'visibility'],
      notes: {
        zh: '虚线向技术总监汇报，设备联网这件事上技术总监很听他的。',
        en: 'Has a dotted line to the Technical Director, who listens to him on machine connectivity.',
      },
    },
    plan: {
      routes: {
        zh: '技术总监（虚线上级）；设计部吴海峰；行业里的MES顾问。',
        en: 'The Technical Director (his dotted-line manager); Wu Haifeng in Technical Design; MES consultants in the industry.',
      },
      ourRoute: { zh: '', en: '' },
      keyPoints: { zh: '', en: '' },
      owner: KING_TEAM.zengXueming,
      dueDate: null,
    },
  },
  {
    personKey: 'process_tooling_head',
    function: 'technical',
    roles: ['user', 'specifier', 'coach'],
    attitude: 'supporter',
    attitudeScore: 3,
    influence: 'high',
    contact: 'close',
    relationshipOwner: KING.zhengPeng,
    lastContactDate: '2026-11-16',
    concerns: {
      zh: '夹具方案要匹配新线工艺；一厂夹具升级的预算要等新线方案定型。',
      en: 'Fixtures that fit the new line’s process; the Plant 1 fixture budget waits until the new line’s design is settled.',
    },
    motives: {
      jobDuties: ['technology', 'quality'],
      personality: ['work_style'],
      personalNeeds: ['achievement', 'emotion'],
      notes: {
        zh: '喜欢被请教，不喜欢被推销。',
        en: 'Likes being asked for advice, dislikes being sold to.',
      },
    },
    winFormula: {
      companyInterest: {
        zh: '工艺更稳定，换型时间更短。',
        en: 'More stable processes and shorter changeovers.',
      },
      personalInterest: {
        zh: '他的工艺方案在新线落地，顺便带出一批徒弟。',
        en: 'His process plan built into the new line, and a chance to train his young engineers on it.',
      },
      humanTouch: {
        zh: '练书法；郑鹏写信请他指导我司夹具方案的改进。',
        en: 'Practises calligraphy; Zheng Peng wrote asking for his expert advice on our fixture design.',
      },
    },
    plan: {
      routes: {
        zh: '技术总监的直接下属，评估组核心成员。',
        en: 'Reports to the Technical Director; a core member of the evaluation team.',
      },
      ourRoute: {
        zh: '请他主持新线工艺评审，并邀请他到昆山样板客户给工程师讲课。',
        en: 'Ask him to chair the new line’s process review and to give a talk to the engineers at the Kunshan reference customer.',
      },
      keyPoints: { zh: '以请教代替推销。', en: 'Ask, don’t sell.' },
      owner: KING.zhengPeng,
      dueDate: '2026-12-10',
    },
  },
  {
    personKey: 'technical_design_head',
    function: 'technical',
    roles: ['specifier', 'evaluator'],
    attitude: 'neutral',
    attitudeScore: 1,
    influence: 'medium',
    contact: 'frequent',
    relationshipOwner: KING_TEAM.wangXing,
    lastContactDate: '2026-11-05',
    concerns: {
      zh: '设备与MES的数据接口；自动化上下料的布局。',
      en: 'The machines’ data interface to MES; the layout of the automated loading.',
    },
  },
  {
    personKey: 'purchasing_supervisor',
    function: 'purchasing',
    roles: ['purchaser', 'handler'],
    attitude: 'supporter',
    attitudeScore: 1,
    influence: 'low',
    contact: 'close',
    relationshipOwner: KING.zhengPeng,
    lastContactDate: '2026-11-20',
    concerns: {
      zh: '比价表和合同文本按时走完审批流程。',
      en: 'Getting the price comparison and the contract paperwork through approval on time.',
    },
  },
  {
    personKey: 'vp_marketing',
    function: 'user',
    roles: ['initiator'],
    attitude: 'supporter',
    attitudeScore: 2,
    influence: 'medium',
    contact: 'distant',
    relationshipOwner: KING.chenMing,
    lastContactDate: '2026-08-28',
    concerns: {
      zh: '新线能否按期投产，兑现对主机厂的交期承诺。',
      en: 'Whether the new line starts on time so Temp can keep its delivery promises to the OEMs.',
    },
  },
];

// ---------- Temp: the buyer of the worked example ----------

const TEMP_PHONE = '0512-6258 8000';
const tempPhone = (extension: number) => `${TEMP_PHONE}-${extension}`;
const tempEmail = (local: string) => `${local}@temp-pm.com.cn`;

const temp: AccountSource = {
  key: 'temp',
  name: { zh: '天普精密机械有限公司（Temp）', en: 'Temp Precision Machinery Co., Ltd.' },
  address: {
    zh: '江苏省苏州市苏州工业园区星龙街88号',
    en: '88 Xinglong Street, Suzhou Industrial Park, Suzhou, Jiangsu',
  },
  phone: TEMP_PHONE,
  fax: '0512-6258 8010',
  bankAccount: {
    zh: '中国工商银行苏州工业园区支行 1102 0202 0900 0358 716',
    en: 'ICBC Suzhou Industrial Park Sub-branch, 1102 0202 0900 0358 716',
  },
  website: 'www.temp-pm.com.cn',
  industry: MANUFACTURING,
  region: { zh: '江苏苏州', en: 'Suzhou, Jiangsu' },
  developmentPlans: {
    zh:
      '主营工程机械用液压多路阀阀体和精密液压零部件，主要客户为金岳重工等工程机械主机厂。' +
      '2026年订单同比增长约35%，阀体机加工产能成为瓶颈：一厂三班倒仍无法满足交期，三季度准时交货率降至86%。' +
      '公司决定现在就购买新设备解决产能问题，不再扩大外协，在吴江二厂新建一条阀体加工线，计划2027年二季度投产，产能翻番。' +
      '2027年设备投资预算1800万元，其中新加工线约1300万元，12月董事会审批。' +
      '采购进展：董事会9月授权运营副总兼厂长马国栋负责采购；技术评估倾向美国厂家的设备，已选定HMC-630卧式加工中心这一机型，并倾向于向原供应商（我司）采购；下一步商谈合同内容。' +
      '中长期计划2029年启动上市辅导。',
    en:
      'Makes hydraulic multi-way valve bodies and precision hydraulic parts for construction-machinery OEMs such as Jinyue Heavy Machinery. ' +
      'Orders grew about 35% year on year in 2026 and valve-body machining became the bottleneck: Plant 1 runs three shifts and still misses delivery dates, and on-time delivery fell to 86% in Q3. ' +
      'The company decided to buy new equipment now rather than outsource more, and will build a new valve-body machining line in Plant 2 (Wujiang), to start production in Q2 2027 and double capacity. ' +
      'The 2027 equipment budget is CNY 18 million, about CNY 13 million of it for the new line, up for board approval in December. ' +
      'Buying progress: in September the board authorised Ma Guodong, VP Operations and Plant Manager, to run the purchase; the technical evaluation favours US-made equipment, has settled on one model, the HMC-630 horizontal machining centre, and leans towards the original supplier (us); contract terms are next. ' +
      'Longer term, it plans to start IPO preparation in 2029.',
  },
  fiscalYearStartMonth: 1,
  listed: false,
  revenue: 920_000_000,
  staffSize: 1350,
  budget: 18_000_000,
  installedBase: {
    zh:
      '机加工车间现有加工中心24台：16台美国Westbrook HMC-630卧式加工中心，由我司作为原供应商于2019年和2022年分两批供货，开机率约92%，满意度高，但抱怨进口备件交货期长（平均3周）；' +
      '8台日本Kasumi立式加工中心，由华东精机代理，故障率偏高，满意度一般。另有德国品牌三坐标测量机1台；MES系统2024年上线。',
    en:
      'The machining shop has 24 machining centres: 16 US-made Westbrook HMC-630 horizontals supplied by us as the original supplier in two batches, 2019 and 2022, with about 92% uptime and high satisfaction, but complaints about the lead time of imported spare parts (3 weeks on average); ' +
      '8 Japanese Kasumi verticals sold through Huadong Precision, with a higher failure rate and middling satisfaction. Also one German-made CMM; MES went live in 2024.',
  },
  deliveryPreferences: {
    zh:
      '设备分批到货，到货前7天与物流部预约卸货；二厂大门限高4.5米，大件须在周六白天进场；' +
      '要求供应商工程师驻厂安装调试，以连续72小时试切合格作为终验收条件；希望在苏州设备件寄售库存，48小时内到厂。',
    en:
      'Machines delivered in batches, with unloading booked with Logistics 7 days ahead; the Plant 2 gate is 4.5 m high and large items enter only on Saturdays in daylight; ' +
      'supplier engineers stay on site for installation and commissioning, and 72 hours of continuous trial cutting is the final acceptance test; wants consignment stock of spare parts in Suzhou, on site within 48 hours.',
  },
  sites: {
    zh: '一厂（总部）：苏州工业园区星龙街88号，机加工与装配；二厂：苏州市吴江经济技术开发区云梨路，2027年投产，新加工线所在地；成品仓库：昆山市张浦镇。',
    en: 'Plant 1 (head office): 88 Xinglong Street, Suzhou Industrial Park, machining and assembly; Plant 2: Yunli Road, Wujiang Economic and Technological Development Zone, Suzhou, in production from 2027 and site of the new line; finished-goods warehouse: Zhangpu, Kunshan.',
  },
  pastDeals: {
    zh:
      '2019年：HMC-630卧式加工中心10台，合同额860万元；2022年：追加6台，合同额540万元；2023年起每年签订维保与备件服务合同，2026年度62万元。' +
      '付款方式一般为3-6-1（预付30%、到货60%、验收一年后付10%质保金），历次均按期付款。',
    en:
      '2019: 10 HMC-630 horizontal machining centres, CNY 8.6 million; 2022: 6 more, CNY 5.4 million; since 2023 an annual maintenance and spare-parts contract, CNY 620,000 for 2026. ' +
      'Terms are usually 30/60/10 (30% down, 60% on delivery, 10% retention paid one year after acceptance), and every payment so far has been on time.',
  },
  paymentBehaviour: 'on_time',
  grade: 'A',
  funnelStage: 'target_customer',
  owner: KING.zhengPeng,
  people: [
    {
      key: 'chairman',
      name: { zh: '王建国', en: 'Wang Jianguo' },
      title: { zh: '董事长兼总经理', en: 'Chairman and General Manager' },
      department: { zh: '总经理办公室', en: 'General Manager’s Office' },
      level: 'decision',
      phone: tempPhone(8001),
      email: tempEmail('wangjianguo'),
      birthday: '1964-03-12',
      interests: {
        zh: '养了一只卷毛狗（贵宾犬）“豆豆”，每天傍晚七点左右在金鸡湖湖滨大道遛狗；打太极拳，爱喝普洱茶。',
        en: 'Keeps a curly-haired poodle called Doudou and walks it on the Jinji Lake promenade at about 7 p.m. every evening; practises tai chi and drinks Pu’er tea.',
      },
      education: {
        zh: '合肥工业大学机械制造工艺及设备专业本科；中欧国际工商学院EMBA（2015届）。',
        en: 'BEng in Mechanical Manufacturing Technology and Equipment, Hefei University of Technology; EMBA, China Europe International Business School (class of 2015).',
      },
      notes: {
        zh:
          '公司创始人，1998年从国营液压件厂出来创业。500万元以上的投资由他最终拍板，但习惯先听技术总监和厂长的意见。' +
          '看重供应商的长期可靠性，反感回扣和酒桌文化。郑鹏也养卷毛狗，10月傍晚遛狗时在湖滨大道与他相遇，两人从狗聊到家乡，此后关系明显拉近。',
        en:
          'Founded the company in 1998 after leaving a state-owned hydraulics plant. Has the final say on any investment above CNY 5 million, but first listens to the Technical Director and the Plant Manager. ' +
          'Values a supplier’s long-term reliability; dislikes kickbacks and banquet culture. Zheng Peng also keeps a poodle; in October they met walking their dogs on the promenade, talked dogs and home towns, and have been on much warmer terms since.',
      },
    },
    {
      key: 'gm_secretary',
      managerKey: 'chairman',
      name: { zh: '刘倩', en: 'Liu Qian' },
      title: { zh: '总经理办公室秘书', en: 'Secretary, General Manager’s Office' },
      department: { zh: '总经理办公室', en: 'General Manager’s Office' },
      level: 'operational',
      phone: tempPhone(8002),
      email: tempEmail('liuqian'),
      birthday: '1992-07-08',
      interests: {
        zh: '烘焙，周末常在朋友圈晒蛋糕。',
        en: 'Baking; often posts her weekend cakes on WeChat Moments.',
      },
      notes: {
        zh: '负责安排董事长和技术总监的出差行程和会议日程，为人热情。提前一周向她了解，就能知道领导的航班和酒店。',
        en: 'Books travel and meetings for the Chairman and the Technical Director; friendly and helpful. Ask her a week ahead and you know their flights and hotels.',
      },
    },
    {
      key: 'vp_marketing',
      managerKey: 'chairman',
      name: { zh: '孙丽华', en: 'Sun Lihua' },
      title: { zh: '营销副总', en: 'VP Marketing' },
      department: { zh: '营销中心', en: 'Marketing Centre' },
      level: 'decision',
      phone: tempPhone(8101),
      email: tempEmail('sunlihua'),
      birthday: '1975-09-21',
      interests: {
        zh: '跑马拉松（完成过上海马拉松），喜欢摄影。',
        en: 'Runs marathons (has finished the Shanghai Marathon); keen photographer.',
      },
      education: { zh: '南京大学市场营销专业本科。', en: 'BA in Marketing, Nanjing University.' },
      notes: {
        zh: '产能不足最先由营销中心提出，她是这次采购的发起者。最关心新产线能否按期投产，以兑现对金岳重工等主机厂的交期承诺。',
        en: 'The capacity shortfall was first raised by her marketing centre, so she is the initiator of this purchase. Her main concern is that the new line starts on time so Temp can keep its delivery promises to OEMs such as Jinyue Heavy Machinery.',
      },
    },
    {
      key: 'market_manager',
      managerKey: 'vp_marketing',
      name: { zh: '何静', en: 'He Jing' },
      title: { zh: '市场经理', en: 'Market Manager' },
      department: { zh: '市场部', en: 'Market Department' },
      level: 'management',
      phone: tempPhone(8111),
      email: tempEmail('hejing'),
      interests: {
        zh: '读书会成员，常读《哈佛商业评论》。',
        en: 'Book-club member; reads Harvard Business Review.',
      },
      education: { zh: '苏州大学经济学硕士。', en: 'MA in Economics, Soochow University.' },
      notes: {
        zh: '负责行业需求预测。她的市场报告预计2027年工程机械液压阀需求增长30%，是新产线立项的依据之一。',
        en: 'Owns the market forecast. Her report, predicting 30% growth in demand for construction-machinery hydraulic valves in 2027, was one basis for approving the new line.',
      },
    },
    {
      key: 'market_analyst',
      managerKey: 'market_manager',
      name: { zh: '林晓雯', en: 'Lin Xiaowen' },
      title: { zh: '市场分析员', en: 'Market Analyst' },
      department: { zh: '市场部', en: 'Market Department' },
      level: 'operational',
      phone: tempPhone(8112),
      email: tempEmail('linxiaowen'),
      education: { zh: '江南大学统计学专业本科。', en: 'BSc in Statistics, Jiangnan University.' },
      notes: {
        zh: '整理各主机厂的订单和需求数据，可向她了解各客户的月度需求变化。',
        en: 'Compiles order and demand data from the OEMs; a good source on each customer’s month-by-month demand.',
      },
    },
    {
      key: 'marketing_manager',
      managerKey: 'vp_marketing',
      name: { zh: '杜海涛', en: 'Du Haitao' },
      title: { zh: '营销经理', en: 'Marketing Manager' },
      department: { zh: '销售部', en: 'Sales Department' },
      level: 'management',
      phone: tempPhone(8121),
      email: tempEmail('duhaitao'),
      birthday: '1981-04-17',
      interests: {
        zh: '打羽毛球，每周三晚上固定打球。',
        en: 'Plays badminton every Wednesday evening.',
      },
      notes: {
        zh: '直接对接金岳重工等主机厂，交期压力最大，是新产线的坚定支持者。',
        en: 'Handles OEM customers such as Jinyue Heavy Machinery, feels the delivery pressure most and strongly supports the new line.',
      },
    },
    {
      key: 'customer_service_manager',
      managerKey: 'vp_marketing',
      name: { zh: '许蕾', en: 'Xu Lei' },
      title: { zh: '客户服务经理', en: 'Customer Service Manager' },
      department: { zh: '客户服务部', en: 'Customer Service Department' },
      level: 'management',
      phone: tempPhone(8131),
      email: tempEmail('xulei'),
      notes: {
        zh: '掌握交货延误投诉的一手数据：2026年三季度准时交货率降至86%，金岳重工已两次书面投诉。',
        en: 'Holds first-hand data on late-delivery complaints: on-time delivery fell to 86% in Q3 2026 and Jinyue Heavy Machinery has complained in writing twice.',
      },
    },
    {
      key: 'technical_director',
      managerKey: 'chairman',
      name: { zh: '周志强', en: 'Zhou Zhiqiang' },
      title: { zh: '技术总监', en: 'Technical Director' },
      department: { zh: '技术中心', en: 'Technical Centre' },
      level: 'decision',
      phone: tempPhone(8201),
      email: tempEmail('zhouzhiqiang'),
      birthday: '1970-11-30',
      interests: {
        zh: '话剧迷，尤其喜欢老舍的《茶馆》；到北京出差必去首都剧场看戏。',
        en: 'A theatre lover, especially Lao She’s Teahouse; never misses a play at the Capital Theatre when he is in Beijing.',
      },
      education: {
        zh: '浙江大学机械工程硕士。',
        en: 'MEng in Mechanical Engineering, Zhejiang University.',
      },
      notes: {
        zh:
          '技术评估组组长，确定设备技术指标，是他主张选择美国厂家的设备。出差频繁：每月中旬到北京参加行业协会会议，通常住东三环同一家酒店，行程由总经理办公室刘倩安排。' +
          '11月18日他在北京时，我司艾雪总到酒店拜访，请他参观了我司北京总部和演示车间，当晚一起看了《茶馆》（按公司招待标准，已登记）。',
        en:
          'Leads the technical evaluation team and sets the equipment specifications; he is the one who argued for US-made equipment. Travels a lot: mid-month every month he attends the industry association in Beijing, usually at the same hotel on the East Third Ring Road, with trips booked by Liu Qian in the General Manager’s Office. ' +
          'On 18 November, while he was in Beijing, our GM Ai Xue called on him at his hotel and showed him round our Beijing headquarters and demo hall; that evening they saw Teahouse together (within our hospitality policy, logged).',
      },
    },
    {
      key: 'process_tooling_head',
      managerKey: 'technical_director',
      name: { zh: '郭振华', en: 'Guo Zhenhua' },
      title: { zh: '工艺工装部部长', en: 'Head of Process & Tooling' },
      department: { zh: '工艺工装部', en: 'Process & Tooling Department' },
      level: 'management',
      phone: tempPhone(8211),
      email: tempEmail('guozhenhua'),
      birthday: '1966-08-15',
      interests: {
        zh: '练书法；喜欢带徒弟。',
        en: 'Calligraphy; enjoys mentoring young engineers.',
      },
      education: {
        zh: '西安交通大学机械制造专业本科，高级工程师。',
        en: 'BEng in Mechanical Manufacturing, Xi’an Jiaotong University; senior engineer.',
      },
      notes: {
        zh:
          '液压阀体加工的行业专家，在行业协会做过多次讲座，负责确定工艺方案和夹具、刀具标准。起初对我司态度冷淡；' +
          '郑鹏写信以请教专家的方式，请他指导我司新夹具方案的改进，并派车接他到昆山的样板客户现场看试切。他提了几处细节意见，此后明显转为支持。喜欢被请教，不喜欢被推销。' +
          '他表示一厂夹具升级要等新线方案定型后才会落实预算。',
        en:
          'An industry expert in valve-body machining who has lectured at the industry association; decides the process plan and the fixture and tooling standards. Cool towards us at first; ' +
          'Zheng Peng wrote asking him, as an expert, to advise on improving our new fixture design, and sent a car to bring him to a reference customer in Kunshan to watch a test cut. He suggested a few detail changes and has clearly supported us since. Likes being asked for advice, dislikes being sold to. ' +
          'He says the Plant 1 fixture upgrade will get its budget only once the new line’s design is settled.',
      },
    },
    {
      key: 'technical_design_head',
      managerKey: 'technical_director',
      name: { zh: '吴海峰', en: 'Wu Haifeng' },
      title: { zh: '技术设计部部长', en: 'Head of Technical Design' },
      department: { zh: '技术设计部', en: 'Technical Design Department' },
      level: 'management',
      phone: tempPhone(8221),
      email: tempEmail('wuhaifeng'),
      interests: { zh: '下围棋，业余五段。', en: 'Plays Go at amateur 5-dan level.' },
      education: {
        zh: '东南大学机械电子工程硕士。',
        en: 'MEng in Mechatronics, Southeast University.',
      },
      notes: {
        zh: '负责新产线布局和自动化上下料方案，关注设备与MES的数据接口。',
        en: 'Owns the new line’s layout and the automated loading design; cares about the machines’ data interface to MES.',
      },
    },
    {
      key: 'technical_designer_1',
      managerKey: 'technical_design_head',
      name: { zh: '钱宇', en: 'Qian Yu' },
      title: { zh: '技术设计员', en: 'Technical Designer' },
      department: { zh: '技术设计部', en: 'Technical Design Department' },
      level: 'operational',
      phone: tempPhone(8222),
      email: tempEmail('qianyu'),
      notes: {
        zh: '负责产线三维布局，经常和我司技术员王星交流图纸。',
        en: 'Does the 3D line layout and often exchanges drawings with our technician Wang Xing.',
      },
    },
    {
      key: 'technical_designer_2',
      managerKey: 'technical_design_head',
      name: { zh: '曹雪梅', en: 'Cao Xuemei' },
      title: { zh: '技术设计员', en: 'Technical Designer' },
      department: { zh: '技术设计部', en: 'Technical Design Department' },
      level: 'operational',
      phone: tempPhone(8223),
      email: tempEmail('caoxuemei'),
      notes: {
        zh: '负责夹具设计，入职两年，做事细致。',
        en: 'Designs fixtures; two years in the job and meticulous.',
      },
    },
    {
      key: 'vp_operations',
      managerKey: 'chairman',
      name: { zh: '马国栋', en: 'Ma Guodong' },
      title: { zh: '运营副总兼厂长', en: 'VP Operations and Plant Manager' },
      department: { zh: '运营中心', en: 'Operations Centre' },
      level: 'decision',
      phone: tempPhone(8301),
      email: tempEmail('maguodong'),
      birthday: '1968-05-06',
      interests: { zh: '周末去太湖边钓鱼。', en: 'Goes fishing by Lake Tai at weekends.' },
      education: {
        zh: '江苏理工学院机械设计专业本科。',
        en: 'BEng in Mechanical Design, Jiangsu University of Technology.',
      },
      notes: {
        zh:
          '董事会9月授权他负责二厂新生产线的采购事务，任采购小组组长，负责合同条款和交期。华东精机的Kasumi方案报价比我司低约12%，他要求我司在交期和备件上给出更有力的承诺。' +
          '独生子马骁上初二，喜欢集邮，生日是12月9日；陈明已把公司多年来各地往来信件上的邮票整理成册，准备在生日前送去（合规小礼品，已登记）。',
        en:
          'In September the board authorised him to run the purchase of the Plant 2 line; he heads the buying team and owns the contract terms and delivery dates. Huadong Precision’s Kasumi offer is about 12% cheaper than ours, and he wants firmer commitments from us on delivery and spare parts. ' +
          'His only son, Ma Xiao, in his second year of junior high, collects stamps and has his birthday on 9 December; Chen Ming has put the stamps from years of letters to our company from all over China into an album and plans to give it before the birthday (a modest gift within policy, logged).',
      },
    },
    {
      key: 'purchasing_supervisor',
      managerKey: 'vp_operations',
      name: { zh: '宋立军', en: 'Song Lijun' },
      title: { zh: '采购主管', en: 'Purchasing Supervisor' },
      department: { zh: '采购部', en: 'Purchasing Department' },
      level: 'operational',
      phone: tempPhone(8341),
      email: tempEmail('songlijun'),
      notes: {
        zh: '采购小组成员，负责询价、比价和合同文本流转，是我司在这个项目上日常联系的经手人。',
        en: 'Member of the buying team; handles quotations, price comparison and contract paperwork, and is our day-to-day project handler.',
      },
    },
    {
      key: 'it_manager',
      managerKey: 'vp_operations',
      secondManagerKey: 'technical_director',
      name: { zh: '邓伟', en: 'Deng Wei' },
      title: { zh: 'IT经理', en: 'IT Manager' },
      department: { zh: '信息部', en: 'IT Department' },
      level: 'management',
      phone: tempPhone(8311),
      email: tempEmail('dengwei'),
      interests: { zh: '玩无人机航拍。', en: 'Flies drones for aerial photography.' },
      notes: {
        zh: '实线向运营副总汇报，MES和设备联网工作虚线向技术总监汇报。要求新设备支持OPC UA，数据接入现有MES。',
        en: 'Reports to the VP Operations, with a dotted line to the Technical Director for MES and machine connectivity. Requires OPC UA on the new machines, with data flowing into the existing MES.',
      },
    },
    {
      key: 'hr_admin_manager',
      managerKey: 'vp_operations',
      name: { zh: '韩梅', en: 'Han Mei' },
      title: { zh: '行政人事经理', en: 'HR & Admin Manager' },
      department: { zh: '行政人事部', en: 'HR & Admin Department' },
      level: 'management',
      phone: tempPhone(8321),
      email: tempEmail('hanmei'),
      notes: {
        zh: '负责二厂操作工的招聘和培训安排，供应商到厂培训需要她协调时间和场地。',
        en: 'Recruits and trains the Plant 2 operators; supplier training on site goes through her for dates and rooms.',
      },
    },
    {
      key: 'finance_manager',
      managerKey: 'vp_operations',
      secondManagerKey: 'chairman',
      name: { zh: '黄秋云', en: 'Huang Qiuyun' },
      title: { zh: '财务经理', en: 'Finance Manager' },
      department: { zh: '财务部', en: 'Finance Department' },
      level: 'management',
      phone: tempPhone(8331),
      email: tempEmail('huangqiuyun'),
      birthday: '1978-12-02',
      education: {
        zh: '上海财经大学会计学本科，中级会计师。',
        en: 'BA in Accounting, Shanghai University of Finance and Economics; certified intermediate accountant.',
      },
      notes: {
        zh: '实线向运营副总汇报，资金计划虚线直接向董事长汇报。负责审核付款条款，坚持3-6-1付款和10%质保金，对预付款比例很敏感。',
        en: 'Reports to the VP Operations, with a dotted line to the Chairman on cash planning. Reviews payment terms, insists on 30/60/10 with a 10% retention, and is sensitive about the down-payment percentage.',
      },
    },
    {
      key: 'logistics_manager',
      managerKey: 'vp_operations',
      name: { zh: '罗斌', en: 'Luo Bin' },
      title: { zh: '物流经理', en: 'Logistics Manager' },
      department: { zh: '物流部', en: 'Logistics Department' },
      level: 'management',
      phone: tempPhone(8351),
      email: tempEmail('luobin'),
      notes: {
        zh: '负责设备进场和卸货安排。二厂大门限高4.5米，要求供应商提前7天预约。',
        en: 'Arranges machine arrival and unloading. The Plant 2 gate is 4.5 m high; suppliers must book 7 days ahead.',
      },
    },
    // Outside Temp, on the account map only: no reporting line, on no committee.
    {
      key: 'design_institute_engineer',
      external: true,
      organization: {
        zh: '苏州机械工业设计研究院',
        en: 'Suzhou Machinery Industry Design & Research Institute',
      },
      name: { zh: '严振宇', en: 'Yan Zhenyu' },
      title: {
        zh: '工艺设计所副所长、高级工程师',
        en: 'Deputy Head of Process Design, Senior Engineer',
      },
      department: { zh: '工艺设计所', en: 'Process Design Division' },
      level: null,
      phone: '0512-6530 2617',
      email: 'yanzhenyu@szmdi.com.cn',
      education: {
        zh: '江苏大学机械工程硕士。',
        en: 'MEng in Mechanical Engineering, Jiangsu University.',
      },
      notes: {
        zh:
          '设计院承担了二厂新产线的可行性研究和工艺布局设计，他执笔的设备选型建议书是技术评估组的重要参考。' +
          '2008年至2013年在天普工艺工装部工作，是郭振华带出来的徒弟，至今逢年过节都去看望师傅。',
        en:
          'His institute did the feasibility study and the process layout of the Plant 2 line, and the equipment recommendation he wrote is a key reference for the technical evaluation team. ' +
          'Worked in Temp’s Process & Tooling Department from 2008 to 2013 as Guo Zhenhua’s apprentice, and still visits his old master at every holiday.',
      },
    },
    {
      key: 'industry_consultant',
      external: true,
      organization: {
        zh: '江苏省机械工业联合会专家委员会',
        en: 'Expert Committee, Jiangsu Machinery Industry Federation',
      },
      name: { zh: '冯立群', en: 'Feng Liqun' },
      title: { zh: '高级顾问', en: 'Senior Adviser' },
      department: { zh: '专家委员会', en: 'Expert Committee' },
      level: null,
      phone: '025-8468 3320',
      email: 'fengliqun@jsmif.org.cn',
      interests: {
        zh: '钓鱼，常和马国栋一起去太湖。',
        en: 'Fishing, often at Lake Tai with Ma Guodong.',
      },
      education: {
        zh: '江苏理工学院机械设计专业本科，与马国栋同班。',
        en: 'BEng in Mechanical Design, Jiangsu University of Technology, in the same class as Ma Guodong.',
      },
      notes: {
        zh:
          '原国营液压件厂总工程师，退休后为多家企业做设备投资咨询，熟悉华东精机和日系设备的报价。' +
          '马国栋的大学同学，马国栋在合同条款和报价上常私下听他的意见；对我司的印象中立偏正面。',
        en:
          'Former chief engineer of a state-owned hydraulics plant who now advises companies on equipment investments and knows Huadong Precision’s and the Japanese makers’ pricing well. ' +
          'Ma Guodong’s university classmate; Ma privately asks his view on contract terms and prices. Neutral to slightly positive about us.',
      },
    },
  ],
  opportunities: [
    {
      name: { zh: '二厂阀体加工线设备采购', en: 'Plant 2 valve-body machining line equipment' },
      products: {
        zh: 'Westbrook HMC-630卧式加工中心6台（双交换工作台）、桁架上下料机械手2套、在机测量系统、OPC UA数据接口、安装调试及操作培训',
        en: '6 Westbrook HMC-630 horizontal machining centres (twin pallet changers), 2 gantry loading robots, on-machine probing, OPC UA data interface, installation, commissioning and operator training',
      },
      amount: 12_600_000,
      currency: 'CNY',
      expectedCloseDate: '2027-01-29',
      openedOn: '2026-03-02',
      owner: KING.zhengPeng,
      purchaseType: 'new_task',
      salesStage: 'evaluation',
      buyingStage: 'preferred_supplier',
      status: 'open',
      committee: plant2Committee,
    },
    {
      name: { zh: '一厂夹具与刀具系统升级', en: 'Plant 1 fixture and tooling upgrade' },
      products: {
        zh: '液压夹具24套、刀具管理系统1套、HSK刀柄更换',
        en: '24 hydraulic fixtures, 1 tool management system, HSK tool-holder changeover',
      },
      amount: 1_850_000,
      currency: 'CNY',
      expectedCloseDate: '2027-06-30',
      openedOn: '2026-09-01',
      owner: KING.chenMing,
      purchaseType: 'modified_rebuy',
      salesStage: 'first_proposal',
      // Below the stage default: the budget waits until the new line's design is settled.
      probability: 25,
      buyingStage: 'project_approved',
      status: 'open',
    },
    {
      name: {
        zh: '2026年度设备维保与备件服务合同',
        en: '2026 maintenance and spare-parts contract',
      },
      products: {
        zh: '16台HMC-630年度预防性维护（每季度一次）、备件包、远程诊断',
        en: 'Preventive maintenance of 16 HMC-630s (quarterly), spare-parts package, remote diagnostics',
      },
      amount: 620_000,
      currency: 'CNY',
      expectedCloseDate: '2026-01-12',
      openedOn: '2025-11-10',
      owner: KING.ouyangHua,
      purchaseType: 'straight_rebuy',
      salesStage: 'signed',
      buyingStage: 'contract_signed',
      status: 'won',
    },
  ],
  // The decision chain beyond the org chart (公关路线图, figure 4-5), one line of each kind.
  influences: [
    {
      fromKey: 'technical_director',
      toKey: 'chairman',
      kind: 'formal',
      direction: 'one_way',
      strength: 'strong',
      note: {
        zh: '技术评估组的结论由他向董事长汇报，董事长拍板前一定先听他的意见。',
        en: 'He reports the technical evaluation to the Chairman, who always hears him before deciding.',
      },
    },
    {
      fromKey: 'marketing_manager',
      toKey: 'it_manager',
      kind: 'informal',
      direction: 'mutual',
      strength: 'medium',
      note: {
        zh: '每周三晚上一起打羽毛球。杜海涛最急着要新产线，可以请他向邓伟说明交期压力。',
        en: 'They play badminton together every Wednesday evening. Du Haitao wants the new line most and could tell Deng Wei about the delivery pressure.',
      },
    },
    {
      fromKey: 'vp_operations',
      toKey: 'industry_consultant',
      kind: 'personal',
      direction: 'mutual',
      strength: 'strong',
      note: {
        zh: '大学同班同学，周末常一起去太湖钓鱼；马国栋拿不准报价和合同条款时会私下问他。',
        en: 'University classmates who often go fishing at Lake Tai at weekends; Ma Guodong privately asks him when unsure about prices and contract terms.',
      },
    },
    {
      fromKey: 'design_institute_engineer',
      toKey: 'technical_director',
      kind: 'external',
      direction: 'one_way',
      strength: 'strong',
      note: {
        zh: '设计院的设备选型建议书是技术评估的依据之一，建议书中的主轴、精度和OPC UA要求都被写进了技术指标。',
        en: 'The institute’s equipment recommendation is one basis of the technical evaluation; its spindle, accuracy and OPC UA requirements went into the specification.',
      },
    },
    {
      fromKey: 'process_tooling_head',
      toKey: 'design_institute_engineer',
      kind: 'personal',
      direction: 'mutual',
      strength: 'medium',
      note: {
        zh: '师徒关系：严振宇在天普时是郭振华带的徒弟，两人至今常交流工艺方案。',
        en: 'Master and apprentice: Yan Zhenyu learned the trade under Guo Zhenhua at Temp, and they still discuss process plans.',
      },
    },
  ],
};

// ---------- Jinyue: Temp's biggest customer, a listed OEM that already buys from us ----------

const jinyuePhone = (extension: number) => `0516-8776 6000-${extension}`;
const jinyueEmail = (local: string) => `${local}@jinyue-hm.com`;

const jinyue: AccountSource = {
  key: 'jinyue',
  name: { zh: '金岳重工机械股份有限公司', en: 'Jinyue Heavy Machinery Co., Ltd.' },
  address: {
    zh: '江苏省徐州市徐州经济技术开发区金山路16号',
    en: '16 Jinshan Road, Xuzhou Economic and Technological Development Zone, Xuzhou, Jiangsu',
  },
  phone: '0516-8776 6000',
  fax: '0516-8776 6001',
  bankAccount: {
    zh: '中国建设银行徐州经济开发区支行 3205 0171 5200 0000 4821',
    en: 'China Construction Bank Xuzhou Economic Development Zone Sub-branch, 3205 0171 5200 0000 4821',
  },
  website: 'www.jinyue-hm.com',
  industry: { zh: '工程机械', en: 'Construction machinery' },
  region: { zh: '江苏徐州', en: 'Xuzhou, Jiangsu' },
  developmentPlans: {
    zh:
      '挖掘机和装载机主机厂，深交所主板上市。2026—2028年推进“智能制造三年计划”，结构件焊接自动化率从45%提高到80%。' +
      '作为上市公司，采购须走公开招标和内部审计流程，500万元以上的项目须报董事会备案。',
    en:
      'Maker of excavators and wheel loaders, listed on the Shenzhen Stock Exchange main board. Its 2026–2028 smart-manufacturing plan raises welding automation of structural parts from 45% to 80%. ' +
      'As a listed company it buys through public tenders and internal audit, and projects above CNY 5 million must be filed with the board.',
  },
  fiscalYearStartMonth: 1,
  listed: true,
  revenue: 12_800_000_000,
  staffSize: 6800,
  budget: 60_000_000,
  installedBase: {
    zh: '结构件车间有焊接机器人46台，以日系品牌为主（华东精机代理），售后响应慢；机加工车间有我司2021年供货的Westbrook卧式加工中心8台，运行稳定。',
    en: 'The structural-parts shop runs 46 welding robots, mostly Japanese brands sold through Huadong Precision, with slow after-sales response; the machining shop has 8 Westbrook horizontal machining centres we supplied in 2021, running reliably.',
  },
  deliveryPreferences: {
    zh: '按招标文件约定交货，到货前48小时书面通知；所有进厂人员须先参加安全培训。',
    en: 'Delivery as set in the tender documents, with written notice 48 hours before arrival; everyone entering the plant must first attend safety training.',
  },
  sites: {
    zh: '徐州总部工厂（整机装配）；徐州铜山结构件分厂；常州配套产业园。',
    en: 'Xuzhou head-office plant (final assembly); Tongshan structural-parts plant, Xuzhou; supplier park in Changzhou.',
  },
  pastDeals: {
    zh: '2021年：Westbrook卧式加工中心8台，合同额720万元；2023年起每年签订备件框架协议，约80万元。付款多用6个月商业承兑汇票，通常比合同约定晚15至30天。',
    en: '2021: 8 Westbrook horizontal machining centres, CNY 7.2 million; since 2023 an annual spare-parts framework agreement of about CNY 800,000. Pays mostly with 6-month commercial acceptance bills, usually 15 to 30 days later than the contract says.',
  },
  paymentBehaviour: 'late',
  grade: 'A',
  funnelStage: 'signed',
  owner: KING.zhangJiaqiang,
  people: [
    {
      key: 'vp_manufacturing',
      name: { zh: '刘卫东', en: 'Liu Weidong' },
      title: { zh: '制造副总裁', en: 'VP Manufacturing' },
      department: { zh: '制造中心', en: 'Manufacturing Centre' },
      level: 'decision',
      phone: jinyuePhone(2001),
      email: jinyueEmail('liuweidong'),
      birthday: '1969-02-14',
      interests: {
        zh: '爱看足球，徐州本地球迷。',
        en: 'Football fan who follows the local Xuzhou club.',
      },
      education: {
        zh: '中国矿业大学机械工程硕士。',
        en: 'MEng in Mechanical Engineering, China University of Mining and Technology.',
      },
      notes: {
        zh: '“智能制造三年计划”的负责人，焊接自动化项目由他最终审批。',
        en: 'Runs the smart-manufacturing plan and gives final approval on the welding automation project.',
      },
    },
    {
      key: 'equipment_head',
      managerKey: 'vp_manufacturing',
      name: { zh: '姚建平', en: 'Yao Jianping' },
      title: { zh: '设备动力部部长', en: 'Head of Equipment and Utilities' },
      department: { zh: '设备动力部', en: 'Equipment and Utilities Department' },
      level: 'management',
      phone: jinyuePhone(2101),
      email: jinyueEmail('yaojianping'),
      notes: {
        zh: '我司在金岳的经手人，对现有日系焊接机器人的售后很不满意。',
        en: 'Our project handler at Jinyue; very unhappy with the after-sales service on the Japanese welding robots.',
      },
    },
    {
      key: 'welding_engineer',
      managerKey: 'equipment_head',
      name: { zh: '彭涛', en: 'Peng Tao' },
      title: { zh: '焊接工艺工程师', en: 'Welding Process Engineer' },
      department: { zh: '设备动力部', en: 'Equipment and Utilities Department' },
      level: 'operational',
      phone: jinyuePhone(2111),
      email: jinyueEmail('pengtao'),
      notes: {
        zh: '负责编写焊接工作站的技术规格书，打分时技术部分由他初评。',
        en: 'Writes the technical specification for the welding cells and gives the first technical score in the tender.',
      },
    },
    {
      key: 'procurement_manager',
      managerKey: 'vp_manufacturing',
      name: { zh: '范晓敏', en: 'Fan Xiaomin' },
      title: { zh: '采购中心经理', en: 'Procurement Centre Manager' },
      department: { zh: '采购中心', en: 'Procurement Centre' },
      level: 'management',
      phone: jinyuePhone(2201),
      email: jinyueEmail('fanxiaomin'),
      notes: {
        zh: '组织招标和商务谈判，考核指标是降本率，谈判风格强硬。',
        en: 'Runs tenders and commercial negotiations; measured on cost reduction and negotiates hard.',
      },
    },
  ],
  opportunities: [
    {
      name: {
        zh: '结构件焊接机器人工作站（8套）',
        en: 'Robotic welding cells for structural parts (8 cells)',
      },
      products: {
        zh: '双机器人焊接工作站8套，含变位机、焊接电源和离线编程软件',
        en: '8 twin-robot welding cells with positioners, welding power sources and offline programming software',
      },
      amount: 5_600_000,
      currency: 'CNY',
      expectedCloseDate: '2027-03-31',
      openedOn: '2026-08-17',
      owner: KING.zhangJiaqiang,
      purchaseType: 'modified_rebuy',
      salesStage: 'negotiation',
      // Below the stage default: the contract still has to be filed with the listed company's board.
      probability: 80,
      buyingStage: 'contract_review',
      status: 'open',
    },
    {
      name: { zh: '2026年度备件框架协议', en: '2026 spare-parts framework agreement' },
      products: {
        zh: 'Westbrook卧式加工中心备件及年度巡检',
        en: 'Spare parts and annual inspection for the Westbrook horizontal machining centres',
      },
      amount: 800_000,
      currency: 'CNY',
      expectedCloseDate: '2026-02-27',
      openedOn: '2025-12-01',
      owner: KING.ouyangHua,
      purchaseType: 'straight_rebuy',
      salesStage: 'signed',
      buyingStage: 'contract_signed',
      status: 'won',
    },
  ],
};

// ---------- Yongsheng: a prospect unhappy with its current supplier ----------

const yongsheng: AccountSource = {
  key: 'yongsheng',
  name: { zh: '宁波永晟汽车零部件有限公司', en: 'Ningbo Yongsheng Auto Parts Co., Ltd.' },
  address: {
    zh: '浙江省宁波市北仑区黄山西路218号',
    en: '218 Huangshan West Road, Beilun District, Ningbo, Zhejiang',
  },
  phone: '0574-8683 5500',
  fax: '0574-8683 5501',
  bankAccount: {
    zh: '中国银行宁波北仑支行 3628 5803 1026',
    en: 'Bank of China Ningbo Beilun Sub-branch, 3628 5803 1026',
  },
  website: 'www.yongsheng-auto.com',
  industry: { zh: '汽车零部件', en: 'Automotive parts' },
  region: { zh: '浙江宁波', en: 'Ningbo, Zhejiang' },
  developmentPlans: {
    zh: '为新能源车企配套电驱壳体和变速箱壳体。2027年在杭州湾新区新工厂新增一条电驱壳体加工线，目前正在做可行性研究和预算。',
    en: 'Supplies e-drive and gearbox housings to electric-vehicle makers. In 2027 it will add an e-drive housing machining line at its new Hangzhou Bay plant; feasibility study and budget are under way.',
  },
  fiscalYearStartMonth: 1,
  listed: false,
  revenue: 2_100_000_000,
  staffSize: 2600,
  budget: null,
  installedBase: {
    zh: '壳体加工线以德国Hollmann卧式加工中心为主（共30台），精度满意，但售后响应慢、备件贵；对原供应商不满意，但仍对其抱有希望。',
    en: 'Its housing lines run mainly on German Hollmann horizontal machining centres (30 in all): accuracy is fine, but after-sales response is slow and spare parts expensive; dissatisfied with that supplier but still hoping it improves.',
  },
  deliveryPreferences: {
    zh: '新工厂尚在建设，设备最早2027年7月进场。',
    en: 'The new plant is still being built; machines can arrive from July 2027 at the earliest.',
  },
  sites: {
    zh: '宁波北仑总厂；宁波杭州湾新区新工厂（在建）。',
    en: 'Main plant in Beilun, Ningbo; new plant in Hangzhou Bay New Area, Ningbo (under construction).',
  },
  pastDeals: {
    zh: '尚无合作。2026年9月在上海工博会上结识设备部部长邵庆，10月首次上门拜访。',
    en: 'No deals yet. Met Shao Qing, head of equipment, at the China International Industry Fair in Shanghai in September 2026; first visit in October.',
  },
  paymentBehaviour: null,
  grade: 'B',
  funnelStage: 'prospect',
  owner: KING.chenMing,
  people: [
    {
      key: 'general_manager',
      name: { zh: '叶志明', en: 'Ye Zhiming' },
      title: { zh: '总经理', en: 'General Manager' },
      department: { zh: '总经办', en: 'General Management' },
      level: 'decision',
      phone: '0574-8683 5500-801',
      email: 'yezhiming@yongsheng-auto.com',
      notes: {
        zh: '尚未见面。据邵庆说，他更看重设备交期和本地服务，而不是品牌。',
        en: 'Not met yet. Shao Qing says he cares more about delivery time and local service than about the brand.',
      },
    },
    {
      key: 'equipment_head',
      managerKey: 'general_manager',
      name: { zh: '邵庆', en: 'Shao Qing' },
      title: { zh: '设备部部长', en: 'Head of Equipment' },
      department: { zh: '设备部', en: 'Equipment Department' },
      level: 'management',
      phone: '0574-8683 5500-821',
      email: 'shaoqing@yongsheng-auto.com',
      birthday: '1979-10-03',
      interests: {
        zh: '喜欢自驾游，去过川藏线。',
        en: 'Loves road trips; has driven the Sichuan–Tibet highway.',
      },
      notes: {
        zh: '我司的经手人。对德国设备的售后很不满，一台主轴坏了等了六周。',
        en: 'Our project handler. Very unhappy with the German supplier’s service: one spindle took six weeks to replace.',
      },
    },
    {
      key: 'process_engineer',
      managerKey: 'equipment_head',
      name: { zh: '应浩', en: 'Ying Hao' },
      title: { zh: '工艺工程师', en: 'Process Engineer' },
      department: { zh: '设备部', en: 'Equipment Department' },
      level: 'operational',
      phone: '0574-8683 5500-826',
      email: 'yinghao@yongsheng-auto.com',
    },
    {
      key: 'purchasing_manager',
      managerKey: 'general_manager',
      name: { zh: '俞佳', en: 'Yu Jia' },
      title: { zh: '采购经理', en: 'Purchasing Manager' },
      department: { zh: '采购部', en: 'Purchasing Department' },
      level: 'management',
      phone: '0574-8683 5500-831',
      email: 'yujia@yongsheng-auto.com',
    },
  ],
  opportunities: [
    {
      name: {
        zh: '杭州湾新工厂电驱壳体加工线',
        en: 'E-drive housing machining line, Hangzhou Bay plant',
      },
      products: {
        zh: 'Westbrook HMC-500卧式加工中心4台、清洗机、在线检测',
        en: '4 Westbrook HMC-500 horizontal machining centres, washing machine, in-line inspection',
      },
      amount: 4_800_000,
      currency: 'CNY',
      expectedCloseDate: '2027-09-30',
      openedOn: '2026-10-09',
      owner: KING.chenMing,
      purchaseType: 'new_task',
      salesStage: 'visit_research',
      buyingStage: 'feasibility_budget',
      status: 'open',
    },
  ],
};

// ---------- Nordale: a US-owned plant that buys in dollars ----------

const nordalePhone = (extension: number) => `0755-8960 2200-${extension}`;

const nordale: AccountSource = {
  key: 'nordale',
  name: {
    zh: '诺达尔医疗器械（深圳）有限公司',
    en: 'Nordale Medical Devices (Shenzhen) Co., Ltd.',
  },
  address: {
    zh: '广东省深圳市坪山区锦绣中路19号',
    en: '19 Jinxiu Middle Road, Pingshan District, Shenzhen, Guangdong',
  },
  phone: '0755-8960 2200',
  fax: '',
  bankAccount: {
    zh: '花旗银行（中国）深圳分行 1755 0023 6114',
    en: 'Citibank (China) Shenzhen Branch, 1755 0023 6114',
  },
  website: 'www.nordalemed.com',
  industry: { zh: '医疗器械', en: 'Medical devices' },
  region: { zh: '广东深圳', en: 'Shenzhen, Guangdong' },
  developmentPlans: {
    zh:
      '美国诺达尔集团在华生产基地，生产髋关节、膝关节假体等骨科植入物。2027财年（2026年10月起）计划把胫骨托的加工从美国转移到深圳，需要新增五轴加工能力。' +
      '深圳公司本身不上市，但母公司在纳斯达克上市；设备采购须经美国总部全球采购部审批，以美元结算。',
    en:
      'The US Nordale group’s plant in China, making orthopaedic implants such as hip and knee prostheses. In fiscal 2027 (from October 2026) it will move tibial-tray machining from the US to Shenzhen and needs more five-axis capacity. ' +
      'The Shenzhen company is not listed itself but its parent is listed on Nasdaq; equipment purchases need approval from the global sourcing team at US headquarters and are paid in US dollars.',
  },
  fiscalYearStartMonth: 10,
  listed: false,
  revenue: 1_450_000_000,
  staffSize: 900,
  budget: 10_000_000,
  installedBase: {
    zh: '五轴加工中心12台（瑞士和美国品牌），其中4台Westbrook UMC-500由美国总部直接采购后调拨到深圳，对其精度满意。',
    en: '12 five-axis machining centres (Swiss and US brands), 4 of them Westbrook UMC-500s bought by US headquarters and transferred to Shenzhen; satisfied with their accuracy.',
  },
  deliveryPreferences: {
    zh: '设备安装在万级洁净车间，进场前须完成清洁；验收须按ISO 13485和FDA要求提供IQ/OQ/PQ设备验证文件。',
    en: 'Machines go into an ISO 7 clean room and must be cleaned before entry; acceptance requires IQ/OQ/PQ validation documents to ISO 13485 and FDA requirements.',
  },
  sites: {
    zh: '深圳坪山工厂（生产及洁净车间）；上海浦东销售办事处。',
    en: 'Pingshan plant, Shenzhen (production and clean rooms); sales office in Pudong, Shanghai.',
  },
  pastDeals: {
    zh: '尚无直接合作：此前的Westbrook设备都由美国总部直接采购。',
    en: 'No direct deals yet: the earlier Westbrook machines were all bought by US headquarters.',
  },
  paymentBehaviour: null,
  grade: 'B',
  funnelStage: 'target_customer',
  owner: KING.zhengPeng,
  people: [
    {
      key: 'plant_director',
      name: { zh: '马克·埃里森（Mark Ellison）', en: 'Mark Ellison' },
      title: { zh: '工厂总监', en: 'Plant Director' },
      department: { zh: '工厂管理', en: 'Plant Management' },
      level: 'decision',
      phone: nordalePhone(100),
      email: 'mark.ellison@nordalemed.com',
      birthday: '1972-06-19',
      interests: {
        zh: '周末骑公路车，常去大鹏半岛。',
        en: 'Road cycling at weekends, often on the Dapeng Peninsula.',
      },
      education: {
        zh: '美国普渡大学工业工程硕士。',
        en: 'MS in Industrial Engineering, Purdue University.',
      },
      notes: {
        zh: '美国人，驻深圳三年，会说简单的中文。决策看数据和验证文件，开会守时，不喜欢宴请，邮件沟通效率最高。',
        en: 'American, three years in Shenzhen, speaks basic Chinese. Decides on data and validation documents, is punctual, dislikes banquets; e-mail works best with him.',
      },
    },
    {
      key: 'engineering_manager',
      managerKey: 'plant_director',
      name: { zh: '黎嘉欣', en: 'Li Jiaxin' },
      title: { zh: '工程经理', en: 'Engineering Manager' },
      department: { zh: '工程部', en: 'Engineering' },
      level: 'management',
      phone: nordalePhone(210),
      email: 'jiaxin.li@nordalemed.com',
      notes: {
        zh: '负责五轴加工单元的技术规格，已来我司上海演示中心看过试切。',
        en: 'Owns the technical specification of the five-axis cell; has watched a test cut at our Shanghai demo centre.',
      },
    },
    {
      key: 'quality_manager',
      managerKey: 'plant_director',
      name: { zh: '温雅婷', en: 'Wen Yating' },
      title: { zh: '质量经理', en: 'Quality Manager' },
      department: { zh: '质量部', en: 'Quality' },
      level: 'management',
      phone: nordalePhone(230),
      email: 'yating.wen@nordalemed.com',
      notes: {
        zh: '设备验证（IQ/OQ/PQ）由她签字，对供应商的文件质量要求很高。',
        en: 'Signs off the equipment validation (IQ/OQ/PQ) and expects high-quality documents from suppliers.',
      },
    },
    {
      key: 'sourcing_manager',
      managerKey: 'plant_director',
      name: { zh: '邝志伟', en: 'Kuang Zhiwei' },
      title: { zh: '采购经理', en: 'Sourcing Manager' },
      department: { zh: '采购部', en: 'Sourcing' },
      level: 'management',
      phone: nordalePhone(250),
      email: 'zhiwei.kuang@nordalemed.com',
      notes: {
        zh: '负责与美国总部全球采购部对接，价格须与美国总部的采购价对标。',
        en: 'Liaises with the global sourcing team at US headquarters; prices are benchmarked against what headquarters pays.',
      },
    },
  ],
  opportunities: [
    {
      name: { zh: '胫骨托五轴加工单元', en: 'Five-axis machining cell for tibial trays' },
      products: {
        zh: 'Westbrook UMC-500五轴加工中心3台、机器人上下料单元、IQ/OQ/PQ验证服务',
        en: '3 Westbrook UMC-500 five-axis machining centres, robotic loading cell, IQ/OQ/PQ validation services',
      },
      amount: 1_380_000,
      currency: 'USD',
      expectedCloseDate: '2027-04-30',
      openedOn: '2026-06-01',
      owner: KING.zhengPeng,
      purchaseType: 'new_task',
      salesStage: 'solution_demo',
      buyingStage: 'criteria_set',
      status: 'open',
    },
  ],
};

// ---------- Rongjin: target market only, satisfied with its current suppliers ----------

const rongjin: AccountSource = {
  key: 'rongjin',
  name: { zh: '成都蓉锦电子科技有限公司', en: 'Chengdu Rongjin Electronics Technology Co., Ltd.' },
  address: {
    zh: '四川省成都市郫都区港通北三路99号',
    en: '99 Gangtong North 3rd Road, Pidu District, Chengdu, Sichuan',
  },
  phone: '028-8790 3300',
  fax: '',
  bankAccount: { zh: '', en: '' },
  website: 'www.rongjin-tech.cn',
  industry: { zh: '电子制造', en: 'Electronics manufacturing' },
  region: { zh: '四川成都', en: 'Chengdu, Sichuan' },
  developmentPlans: {
    zh: '为手机和笔记本电脑品牌加工铝合金结构件，2027年计划扩产约30%。',
    en: 'Machines aluminium structural parts for phone and laptop brands; plans to expand capacity by about 30% in 2027.',
  },
  fiscalYearStartMonth: 1,
  listed: false,
  revenue: 380_000_000,
  staffSize: 700,
  budget: null,
  installedBase: {
    zh: '约200台国产小型钻攻中心，对现有供应商满意，价格敏感，对进口设备兴趣不大。',
    en: 'About 200 Chinese-made compact drill-tap centres; satisfied with its current suppliers, price-sensitive and not much interested in imported machines.',
  },
  deliveryPreferences: { zh: '', en: '' },
  sites: { zh: '成都郫都区工厂。', en: 'Plant in Pidu District, Chengdu.' },
  pastDeals: { zh: '尚无合作。', en: 'No deals yet.' },
  paymentBehaviour: null,
  grade: 'C',
  funnelStage: 'target_market',
  owner: KING.chenMing,
  people: [
    {
      key: 'general_manager',
      name: { zh: '唐勇', en: 'Tang Yong' },
      title: { zh: '总经理', en: 'General Manager' },
      department: { zh: '总经办', en: 'General Management' },
      level: 'decision',
      phone: '028-8790 3300-601',
      email: 'tangyong@rongjin-tech.cn',
      notes: {
        zh: '尚未联系。',
        en: 'Not contacted yet.',
      },
    },
    {
      key: 'production_manager',
      managerKey: 'general_manager',
      name: { zh: '冉小军', en: 'Ran Xiaojun' },
      title: { zh: '生产经理', en: 'Production Manager' },
      department: { zh: '生产部', en: 'Production' },
      level: 'management',
      phone: '028-8790 3300-631',
      email: 'ranxiaojun@rongjin-tech.cn',
      notes: {
        zh: '2026年中国西部国际博览会上在我司展台交换名片，对高速钻攻中心的节拍感兴趣。',
        en: 'Swapped business cards at our stand at the 2026 Western China International Fair; interested in the cycle times of high-speed drill-tap centres.',
      },
    },
  ],
  opportunities: [],
};

// ---------- Sanli: the credit-risk case of seed 000 (Mengxing and Sanli) ----------

const sanli: AccountSource = {
  key: 'sanli',
  name: { zh: '北京三力食品有限公司', en: 'Beijing Sanli Foods Co., Ltd.' },
  address: {
    zh: '北京市朝阳区东三环北路甲26号',
    en: '26A East Third Ring Road North, Chaoyang District, Beijing',
  },
  phone: '010-6586 7120',
  fax: '010-6586 7121',
  bankAccount: {
    zh: '北京农商银行朝阳支行 0201 0000 2170 5533',
    en: 'Beijing Rural Commercial Bank, Chaoyang Sub-branch, 0201 0000 2170 5533',
  },
  website: 'www.sanlifoods.com.cn',
  industry: { zh: '食品饮料', en: 'Food and beverage' },
  region: { zh: '北京', en: 'Beijing' },
  developmentPlans: {
    zh: '原为乳制品和休闲食品经销商，在北京有一定的销售网络，注册资本180万元。2026年投资兴办大兴食品加工厂，向我司采购了一条灌装包装线；8月又提出二期订货量加大一倍。',
    en: 'Originally a distributor of dairy products and snacks with a sales network in Beijing; registered capital CNY 1.8 million. In 2026 it invested in a food-processing plant in Daxing and bought a filling and packaging line from us; in August it asked to double the order with a second line.',
  },
  fiscalYearStartMonth: 1,
  listed: false,
  revenue: 46_000_000,
  staffSize: 85,
  budget: null,
  installedBase: {
    zh: '大兴食品厂：我司2026年供货的灌装包装线1条，另有国产封口机若干。',
    en: 'Daxing food plant: the filling and packaging line we supplied in 2026, plus several Chinese-made sealing machines.',
  },
  deliveryPreferences: {
    zh: '要求优先送货；收货联系人多次变更。',
    en: 'Asks for priority delivery; the receiving contact has changed several times.',
  },
  sites: {
    zh: '朝阳区办公室；大兴区食品加工厂；通州仓库。',
    en: 'Office in Chaoyang District; food-processing plant in Daxing District; warehouse in Tongzhou.',
  },
  pastDeals: {
    zh:
      '2026年3月：大兴食品厂灌装包装线1条，合同额235万元，已收预付款70.5万元（30%）；到货款141万元（60%）原定7月20日支付，至今逾期四个月。' +
      '信用风险信号：①二季度起月订货量比去年同期增加50%，8月又要求订货量加大一倍；②付款日期一再变更，结算周期越来越长；③要求提高信用额度并取消保证金；④10月起更换付款银行；⑤付款日负责人薛长海不在，电话不接；⑥传闻其乳品供应商内蒙古蒙兴乳品已停止供货，并通过法院追讨约150万元欠款。' +
      '11月委托调查公司做信用调查：所有者权益约-230万元，已资不抵债；食品厂投资失败，2025年起连年亏损。结论：停止发货，清收欠款。',
    en:
      'March 2026: one filling and packaging line for the Daxing food plant, CNY 2.35 million; down payment of CNY 705,000 (30%) received; the delivery payment of CNY 1.41 million (60%) was due on 20 July and is now four months overdue. ' +
      'Credit-risk warning signs: (1) monthly orders up 50% on last year from Q2, then a request in August to double the order; (2) payment dates shifted again and again, with ever longer settlement cycles; (3) asked for a higher credit limit and to cancel the deposit; (4) switched to a different paying bank in October; (5) the owner, Xue Changhai, absent and not answering his phone on payment days; (6) rumours that its dairy supplier, Inner Mongolia Mengxing Dairy, has stopped shipping and is suing for about CNY 1.5 million owed. ' +
      'In November a credit agency was hired to investigate: owners’ equity is about CNY −2.3 million, so the company is insolvent; the food plant was a failed investment and it has lost money every year since 2025. Conclusion: stop shipping and collect the debt.',
  },
  paymentBehaviour: 'overdue',
  grade: 'D',
  funnelStage: 'signed',
  owner: KING.ouyangHua,
  people: [
    {
      key: 'general_manager',
      name: { zh: '薛长海', en: 'Xue Changhai' },
      title: { zh: '总经理', en: 'General Manager' },
      department: { zh: '总经办', en: 'General Management' },
      level: 'decision',
      phone: '010-6586 7120-8001',
      email: 'xuechanghai@sanlifoods.com.cn',
      notes: {
        zh: '公司负责人。近几个月长期在外，付款日经常联系不上。',
        en: 'Owner and head of the company. Away most of the time in recent months and often unreachable on payment days.',
      },
    },
    {
      key: 'finance_supervisor',
      managerKey: 'general_manager',
      name: { zh: '潘小红', en: 'Pan Xiaohong' },
      title: { zh: '财务主管', en: 'Finance Supervisor' },
      department: { zh: '财务部', en: 'Finance' },
      level: 'management',
      phone: '010-6586 7120-8011',
      email: 'panxiaohong@sanlifoods.com.cn',
      notes: {
        zh: '每次都说“下周一定付”，但付款日一再推迟；10月起改用另一家银行的账户付款。',
        en: 'Always says “next week for sure”, but the payment date keeps slipping; has paid from another bank’s account since October.',
      },
    },
    {
      key: 'plant_manager',
      managerKey: 'general_manager',
      name: { zh: '侯建军', en: 'Hou Jianjun' },
      title: { zh: '食品厂厂长', en: 'Food Plant Manager' },
      department: { zh: '大兴食品厂', en: 'Daxing Food Plant' },
      level: 'management',
      phone: '010-6928 4410',
      email: 'houjianjun@sanlifoods.com.cn',
      notes: {
        zh: '设备使用方，对灌装线评价不错；私下透露工厂开工率不到40%。',
        en: 'Runs the line and rates it well; told us privately that the plant is running at under 40% of capacity.',
      },
    },
  ],
  opportunities: [
    {
      name: { zh: '大兴食品厂灌装包装线', en: 'Filling and packaging line, Daxing food plant' },
      products: {
        zh: '灌装机、封口机、装箱机各1台及输送线',
        en: 'Filling machine, sealing machine, case packer and conveyors',
      },
      amount: 2_350_000,
      currency: 'CNY',
      expectedCloseDate: '2026-03-18',
      openedOn: '2026-01-20',
      owner: KING.ouyangHua,
      purchaseType: 'new_task',
      salesStage: 'signed',
      buyingStage: 'contract_signed',
      status: 'won',
    },
    {
      name: {
        zh: '二期灌装包装线（订货量加倍）',
        en: 'Second filling and packaging line (doubled order)',
      },
      products: {
        zh: '与一期相同的灌装包装线1条',
        en: 'One more line identical to the first',
      },
      amount: 2_600_000,
      currency: 'CNY',
      expectedCloseDate: '2026-10-30',
      openedOn: '2026-08-10',
      owner: KING.ouyangHua,
      purchaseType: 'straight_rebuy',
      salesStage: 'negotiation',
      // Dropped: no chance left, whatever the stage says.
      probability: 0,
      buyingStage: 'contract_review',
      status: 'dropped',
      statusReason: {
        zh: '客户一期到货款141万元逾期四个月，信用调查显示已资不抵债（所有者权益约-230万元）；经信用评审决定不再接新订单，先清收欠款。',
        en: 'The CNY 1.41 million delivery payment for the first line is four months overdue and a credit check shows the customer is insolvent (owners’ equity about CNY −2.3 million); credit review decided to take no new orders and collect the debt first.',
      },
    },
  ],
};

const SOURCES: readonly AccountSource[] = [temp, jinyue, yongsheng, nordale, rongjin, sanli];

// ---------- building one locale ----------

/** The demo accounts in `locale`, their story moved to `today`, the workspace's creation day. */
export function demoWorkspace(locale: Locale, today: string): DemoAccount[] {
  const story = storyTime(today);
  const t = (text: Text | undefined): string =>
    text === undefined ? '' : story.text(locale === 'zh-CN' ? text.zh : text.en);
  const day = (storyDay: string | null) => (storyDay === null ? null : story.day(storyDay));

  return SOURCES.map((s) => ({
    key: s.key,
    account: {
      name: t(s.name),
      address: t(s.address),
      phone: s.phone,
      fax: s.fax,
      bankAccount: t(s.bankAccount),
      website: s.website,
      industry: t(s.industry),
      region: t(s.region),
      developmentPlans: t(s.developmentPlans),
      fiscalYearStartMonth: s.fiscalYearStartMonth,
      listed: s.listed,
      revenue: s.revenue,
      staffSize: s.staffSize,
      budget: s.budget,
      installedBase: t(s.installedBase),
      deliveryPreferences: t(s.deliveryPreferences),
      sites: t(s.sites),
      pastDeals: t(s.pastDeals),
      paymentBehaviour: s.paymentBehaviour,
      grade: s.grade,
      funnelStage: s.funnelStage,
      owner: t(s.owner),
    },
    people: s.people.map((p) => ({
      key: p.key,
      ...(p.managerKey === undefined ? {} : { managerKey: p.managerKey }),
      ...(p.secondManagerKey === undefined ? {} : { secondManagerKey: p.secondManagerKey }),
      name: t(p.name),
      title: t(p.title),
      department: t(p.department),
      level: p.level,
      ...(p.external === undefined ? {} : { external: p.external }),
      ...(p.organization === undefined ? {} : { organization: t(p.organization) }),
      phone: p.phone,
      email: p.email,
      birthday: p.birthday === undefined ? null : story.birthday(p.birthday),
      interests: t(p.interests),
      education: t(p.education),
      notes: t(p.notes),
    })),
    opportunities: s.opportunities.map((o) => ({
      name: t(o.name),
      products: t(o.products),
      amount: o.amount,
      currency: o.currency,
      expectedCloseDate: story.day(o.expectedCloseDate),
      openedDaysAgo: story.daysAgo(o.openedOn),
      owner: t(o.owner),
      purchaseType: o.purchaseType,
      salesStage: o.salesStage,
      ...(o.probability === undefined ? {} : { probability: o.probability }),
      buyingStage: o.buyingStage,
      status: o.status,
      statusReason: t(o.statusReason),
    })),
    committees: s.opportunities.flatMap((o, opportunity) =>
      o.committee === undefined
        ? []
        : [{ opportunity, members: o.committee.map((m) => demoMember(m, t, day)) }],
    ),
    influences: (s.influences ?? []).map((l) => ({ ...l, note: t(l.note) })),
  }));
}

function demoMember(
  m: MemberSource,
  t: (text: Text) => string,
  day: (storyDay: string | null) => string | null,
): DemoMember {
  return {
    personKey: m.personKey,
    function: m.function,
    roles: [...m.roles],
    attitude: m.attitude,
    attitudeScore: m.attitudeScore,
    influence: m.influence,
    contact: m.contact,
    relationshipOwner: t(m.relationshipOwner),
    lastContactDate: day(m.lastContactDate),
    concerns: t(m.concerns),
    ...(m.motives === undefined
      ? {}
      : {
          motives: {
            jobDuties: [...m.motives.jobDuties],
            personality: [...m.motives.personality],
            personalNeeds: [...m.motives.personalNeeds],
            notes: t(m.motives.notes),
          },
        }),
    ...(m.winFormula === undefined
      ? {}
      : {
          winFormula: {
            companyInterest: t(m.winFormula.companyInterest),
            personalInterest: t(m.winFormula.personalInterest),
            humanTouch: t(m.winFormula.humanTouch),
          },
        }),
    ...(m.plan === undefined
      ? {}
      : {
          plan: {
            routes: t(m.plan.routes),
            ourRoute: t(m.plan.ourRoute),
            keyPoints: t(m.plan.keyPoints),
            owner: t(m.plan.owner),
            dueDate: day(m.plan.dueDate),
          },
        }),
  };
}
