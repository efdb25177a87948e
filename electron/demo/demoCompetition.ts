import type { CompetitorCreate, DealCompetitorUpsert } from '../../shared/competition.ts';
import type {
  CompetitivePosition,
  CriteriaArea,
  Locale,
  NegotiationPrinciple,
  NegotiationRole,
  PriceLevel,
  Priority,
  ThreatLevel,
  WinLossReason,
} from '../../shared/enums.ts';
import type {
  Direction,
  NegotiationCreate,
  NegotiationIssue,
  Objective,
} from '../../shared/negotiation.ts';
import { storyTime } from './storyTime.ts';

// The competition around Temp's Plant 2 line (DOMAIN.md §6–§8), for the demo workspace: Huadong
// Precision, the dealer whose Kasumi verticals already run in Temp's Plant 1 and whose offer is
// about 12% cheaper; Ridgeline, the other US maker Temp shortlisted; and a domestic maker kept
// in the library only. Written once in both languages, like demoWorkspace.ts.
//
// The story the figures tell: we lead on the weighted criteria overall but trail Huadong on price
// and on project management (their stock machines ship sooner), and Huadong's rep is closer to
// the IT manager than we are, which adds a competitor_closer flag to the committee's coverage.

type Text = { readonly zh: string; readonly en: string };

/** A competitor of the library; `key` names it within the demo. */
export type DemoCompetitor = CompetitorCreate & { key: string };

/** A competitor in a demo deal; people are referred to by their key in the deal's account. */
export type DemoDealCompetitor = Omit<
  DealCompetitorUpsert,
  'opportunityId' | 'competitorId' | 'version' | 'repRelations'
> & {
  competitorKey: string;
  repRelations: { personKey: string; closeness: 'close' | 'frequent' | 'distant' }[];
};

/** `vendor` is 'us' or a competitor's key. */
export type DemoCriterion = {
  area: CriteriaArea;
  name: string;
  weight: number;
  scores: { vendor: string; score: number; note: string }[];
};

export type DemoOutcome = {
  winner: 'us' | 'competitor' | 'none';
  winnerCompetitorKey: string | null;
  reasons: WinLossReason[];
  note: string;
};

export type DemoNegotiation = Omit<NegotiationCreate, 'opportunityId' | 'attendees'> & {
  attendees: {
    side: 'ours' | 'theirs';
    /** A member of the deal's committee on the customer side, null on ours. */
    personKey: string | null;
    name: string;
    role: NegotiationRole;
  }[];
};

/** What one deal of a demo account holds: `opportunity` indexes the account's opportunities. */
export type DemoDealCompetition = {
  accountKey: string;
  opportunity: number;
  competitors: DemoDealCompetitor[];
  criteria: DemoCriterion[];
  outcome: DemoOutcome | null;
  negotiations: DemoNegotiation[];
};

export type DemoCompetition = {
  competitors: DemoCompetitor[];
  deals: DemoDealCompetition[];
};

type CompetitorSource = {
  key: string;
  name: Text;
  products: Text;
  priceLevel: PriceLevel;
  strengths: Text;
  weaknesses: Text;
  tactics: Text;
  referenceCustomers: Text;
  notes: Text;
  verifiedBy: Text;
};

const HUADONG = 'huadong';
const RIDGELINE = 'ridgeline';

const COMPETITORS: readonly CompetitorSource[] = [
  {
    key: HUADONG,
    name: { zh: '华东精机（Kasumi代理）', en: 'Huadong Precision (Kasumi dealer)' },
    products: {
      zh: '日本Kasumi立式和卧式加工中心（KH-630、KV-1000系列），上海保税库现货，代理商自有应用工程师团队',
      en: 'Japanese Kasumi vertical and horizontal machining centres (KH-630, KV-1000 series), stock in the Shanghai bonded warehouse, the dealer’s own application engineers',
    },
    priceLevel: 'medium',
    strengths: {
      zh: '报价低（通常比我司低10%–15%）；现货机交期短（8–12周）；在苏州地区阀门行业装机量大；代理商承诺免费做MES对接。',
      en: 'Low prices (usually 10–15% below ours); short delivery from stock (8–12 weeks); a large installed base among valve makers around Suzhou; the dealer promises MES integration for free.',
    },
    weaknesses: {
      zh: '售后靠代理商，原厂工程师须从日本派遣；进口备件4–6周；Temp一厂的8台Kasumi立加故障率偏高。',
      en: 'Service depends on the dealer, factory engineers fly in from Japan; imported spare parts take 4–6 weeks; the 8 Kasumi verticals in Temp’s Plant 1 fail more often than ours.',
    },
    tactics: {
      zh: '项目后期大幅降价；邀请客户去日本工厂参观；绕过技术部门直接找采购和IT谈“免费增值服务”。',
      en: 'Deep price cuts late in the deal; factory trips to Japan for the customer; going around the technical department to purchasing and IT with “free extras”.',
    },
    referenceCustomers: {
      zh: 'Temp一厂（8台立加，2021年）；苏州某阀门集团；无锡某泵业',
      en: 'Temp Plant 1 (8 verticals, 2021); a valve group in Suzhou; a pump maker in Wuxi',
    },
    notes: {
      zh: '销售总监孙浩负责苏南区域，每周都去Temp。',
      en: 'Sales director Sun Hao covers southern Jiangsu and visits Temp every week.',
    },
    verifiedBy: { zh: '郑鹏', en: 'Zheng Peng' },
  },
  {
    key: RIDGELINE,
    name: { zh: '瑞岭机床（美国）', en: 'Ridgeline Machine Tools (US)' },
    products: {
      zh: '美国产RH系列卧式加工中心和柔性制造单元',
      en: 'US-built RH series horizontal machining centres and flexible manufacturing cells',
    },
    priceLevel: 'premium',
    strengths: {
      zh: '主轴刚性和精度口碑好；柔性制造单元方案成熟；美国品牌符合Temp“优先考虑美国厂商”的决定。',
      en: 'A good name for spindle rigidity and accuracy; a mature flexible-cell offer; a US brand, in line with Temp’s decision to favour US makers.',
    },
    weaknesses: {
      zh: '价格最高；中国区服务网点只有上海一个；交期20周以上；在Temp没有装机。',
      en: 'The highest prices; one service centre in China (Shanghai); delivery over 20 weeks; no machines at Temp.',
    },
    tactics: {
      zh: '以技术交流和样件试切打动技术部门；强调柔性制造单元的长期扩展性。',
      en: 'Wins over engineers with technical seminars and test cuts; stresses how far a flexible cell can grow.',
    },
    referenceCustomers: {
      zh: '上海某航空零部件企业；天津某液压件企业',
      en: 'An aerospace parts maker in Shanghai; a hydraulics maker in Tianjin',
    },
    notes: {
      zh: '华东区销售经理周凯，做事严谨，技术出身。',
      en: 'East China sales manager Zhou Kai: meticulous, an engineer by training.',
    },
    verifiedBy: { zh: '曾学明', en: 'Zeng Xueming' },
  },
  {
    key: 'hujiang',
    name: { zh: '沪江数控', en: 'Hujiang CNC' },
    products: {
      zh: '国产立式加工中心和数控车床',
      en: 'Domestic vertical machining centres and CNC lathes',
    },
    priceLevel: 'low',
    strengths: {
      zh: '价格低；交期短；本地服务响应快。',
      en: 'Low prices; short delivery; quick local service.',
    },
    weaknesses: {
      zh: '没有卧式加工中心；精度保持性一般。',
      en: 'No horizontal machining centres; accuracy drifts over time.',
    },
    tactics: {
      zh: '在预算紧的改造项目中以价格切入。',
      en: 'Gets in on price where a retrofit budget is tight.',
    },
    referenceCustomers: {
      zh: '长三角地区多家中小型机加工厂',
      en: 'Many small machine shops in the Yangtze River Delta',
    },
    notes: { zh: '', en: '' },
    verifiedBy: { zh: '陈明', en: 'Chen Ming' },
  },
];

type DealCompetitorSource = {
  competitorKey: string;
  incumbent: boolean;
  satisfaction: number | null;
  repName: Text;
  repStyle: Text;
  repRelations: DemoDealCompetitor['repRelations'];
  position: CompetitivePosition;
  threat: ThreatLevel;
  theirStrategy: Text;
  ourCounter: Text;
};

const PLANT2_COMPETITORS: readonly DealCompetitorSource[] = [
  {
    competitorKey: HUADONG,
    incumbent: true,
    // Plant 1's Kasumi verticals: a higher failure rate, middling satisfaction.
    satisfaction: 3,
    repName: { zh: '孙浩', en: 'Sun Hao' },
    repStyle: {
      zh: '热情、能喝酒，每周拜访；擅长找采购和IT部门的人，技术细节交给应用工程师。',
      en: 'Warm and sociable, visits every week; good with purchasing and IT people, leaves technical detail to his application engineer.',
    },
    // Closer to the IT manager than we are: the MES promise is his doing.
    repRelations: [
      { personKey: 'it_manager', closeness: 'frequent' },
      { personKey: 'purchasing_supervisor', closeness: 'close' },
      { personKey: 'vp_operations', closeness: 'distant' },
    ],
    position: 'level',
    threat: 'high',
    theirStrategy: {
      zh: '以低约12%的价格和现货交期主打运营副总；通过IT经理把“免费MES对接”写进技术要求。',
      en: 'Win the VP Operations with a price about 12% lower and delivery from stock; have the IT manager write “free MES integration” into the requirements.',
    },
    ourCounter: {
      zh: '算清五年总拥有成本（故障停机、备件周期）；由我司技术中心给出OPC UA/MES对接样板并请IT经理参观金岳现场；交期承诺写入合同。',
      en: 'Show the five-year total cost of ownership (downtime, spare-parts lead times); our technical centre demonstrates the OPC UA/MES link and takes the IT manager to see it running at Jinyue; put our delivery promise in the contract.',
    },
  },
  {
    competitorKey: RIDGELINE,
    incumbent: false,
    satisfaction: null,
    repName: { zh: '周凯', en: 'Zhou Kai' },
    repStyle: {
      zh: '技术型销售，讲数据、讲方案，很少谈关系。',
      en: 'A technical seller: data and solutions, little small talk.',
    },
    repRelations: [
      { personKey: 'technical_design_head', closeness: 'frequent' },
      { personKey: 'technical_director', closeness: 'distant' },
    ],
    position: 'ahead',
    threat: 'medium',
    theirStrategy: {
      zh: '用柔性制造单元和样件试切吸引技术设计部，争取把技术规格写成对其有利。',
      en: 'Draw the technical design department with a flexible cell and test cuts, and try to get the specification written their way.',
    },
    ourCounter: {
      zh: '强调Temp已有16台HMC-630的操作和维护经验，换品牌的培训和备件成本；交期比瑞岭短一个月以上。',
      en: 'Stress Temp’s experience with its 16 HMC-630s and what a change of brand costs in training and spare parts; our delivery is more than a month shorter.',
    },
  },
];

type CriterionSource = {
  area: CriteriaArea;
  name: Text;
  weight: number;
  /** Us, Huadong, Ridgeline. */
  scores: readonly [number, number, number];
  note: Text;
};

const PLANT2_CRITERIA: readonly CriterionSource[] = [
  {
    area: 'supplier_qualification',
    name: { zh: '供应商资质', en: 'Supplier qualification' },
    weight: 15,
    scores: [9, 7, 8],
    note: {
      zh: '我司是原设备供应商，7年合作无付款纠纷。',
      en: 'We are the original equipment supplier, 7 years without a payment dispute.',
    },
  },
  {
    area: 'product_solution',
    name: { zh: '产品与方案', en: 'Product and solution' },
    weight: 30,
    scores: [8, 7, 8],
    note: {
      zh: '瑞岭的柔性单元方案与我司相当；IT经理对我司OPC UA接口仍有疑虑。',
      en: 'Ridgeline’s flexible cell matches ours; the IT manager still doubts our OPC UA interface.',
    },
  },
  {
    area: 'service',
    name: { zh: '服务', en: 'Service' },
    weight: 20,
    scores: [9, 6, 7],
    note: {
      zh: '苏州本地备件库和驻厂工程师是我司最大优势。',
      en: 'Our spare-parts stock in Suzhou and resident engineer are our biggest advantage.',
    },
  },
  {
    area: 'price',
    name: { zh: '价格', en: 'Price' },
    weight: 25,
    scores: [6, 9, 5],
    note: {
      zh: '华东精机报价低约12%。',
      en: 'Huadong Precision’s offer is about 12% lower.',
    },
  },
  {
    area: 'project_management',
    name: { zh: '项目管理', en: 'Project management' },
    weight: 10,
    scores: [7, 8, 7],
    note: {
      zh: '华东精机现货机交期短，二厂2027年二季度投产的时间压力对其有利。',
      en: 'Huadong ships from stock; the Q2 2027 start of Plant 2 plays to that.',
    },
  },
];

type ObjectiveSource = Omit<Objective, 'term' | 'unit'> & { term: Text; unit: Text };
type IssueSource = {
  key: NegotiationIssue['key'];
  ourPriority: Priority;
  theirPriority: Priority;
  opening: Text;
  limit: Text;
  direction: Direction | null;
  openingValue: number | null;
  limitValue: number | null;
  trade: Text;
};

type SheetSource = {
  title: Text;
  meetingDate: string;
  objectives: ObjectiveSource[];
  ourBatna: Text;
  theirBatna: Text;
  issues: IssueSource[];
  concessions: {
    giveIssue: NegotiationIssue['key'];
    give: Text;
    giveValue: number | null;
    getIssue: NegotiationIssue['key'];
    get: Text;
  }[];
  attendees: {
    side: 'ours' | 'theirs';
    personKey: string | null;
    name: Text | null;
    role: NegotiationRole;
  }[];
  agenda: Text;
  risks: Text;
  principles: NegotiationPrinciple[];
};

const ROUND_1: SheetSource = {
  title: {
    zh: '第一轮商务谈判：价格、付款与交期',
    en: 'Round 1: price, payment and delivery',
  },
  meetingDate: '2026-12-10',
  objectives: [
    {
      term: { zh: '合同总价', en: 'Contract price' },
      direction: 'higher_is_better',
      ideal: 12_600_000,
      target: 12_000_000,
      walkAway: 11_400_000,
      unit: { zh: '元', en: 'CNY' },
    },
    {
      term: { zh: '预付款比例', en: 'Down payment' },
      direction: 'higher_is_better',
      ideal: 30,
      target: 30,
      walkAway: 20,
      unit: { zh: '%', en: '%' },
    },
    {
      term: { zh: '交货期', en: 'Delivery time' },
      direction: 'higher_is_better',
      ideal: 20,
      target: 18,
      walkAway: 16,
      unit: { zh: '周', en: 'weeks' },
    },
  ],
  ourBatna: {
    zh: '保住年度维保合同，提出分两期交付（2027年上半年3台、下半年3台），等二厂产能爬坡后再谈第二期。',
    en: 'Keep the maintenance contract and offer delivery in two phases (3 machines in H1 2027, 3 in H2), the second negotiated once Plant 2 ramps up.',
  },
  theirBatna: {
    zh: '华东精机的Kasumi方案：价格低约12%，现货交期12周，但二厂要与一厂的Kasumi设备共用备件和人员，故障率问题仍在。',
    en: 'Huadong Precision’s Kasumi offer: about 12% cheaper, 12 weeks from stock, but Plant 2 would share spare parts and staff with Plant 1’s Kasumi machines and their failure rate.',
  },
  issues: [
    {
      key: 'price',
      ourPriority: 'high',
      theirPriority: 'high',
      opening: { zh: '1260万元', en: 'CNY 12.6 million' },
      limit: { zh: '1140万元', en: 'CNY 11.4 million' },
      direction: 'higher_is_better',
      openingValue: 12_600_000,
      limitValue: 11_400_000,
      trade: {
        zh: '价格让步只换付款条件或延长维保合同。',
        en: 'Give on price only for payment terms or a longer maintenance contract.',
      },
    },
    {
      key: 'payment_terms',
      ourPriority: 'high',
      theirPriority: 'medium',
      opening: { zh: '3-6-1（预付30%）', en: '30-60-10 (30% down)' },
      limit: { zh: '预付不低于20%', en: 'At least 20% down' },
      direction: 'higher_is_better',
      openingValue: 30,
      limitValue: 20,
      trade: {
        zh: '预付比例可换交期或价格。',
        en: 'The down payment can buy delivery time or price.',
      },
    },
    {
      key: 'delivery',
      ourPriority: 'medium',
      theirPriority: 'high',
      opening: { zh: '合同生效后20周', en: '20 weeks from signing' },
      limit: {
        zh: '16周（须动用新加坡库存2台）',
        en: '16 weeks (needs 2 machines from Singapore stock)',
      },
      direction: 'higher_is_better',
      openingValue: 20,
      limitValue: 16,
      trade: {
        zh: '缩短交期换预付比例。',
        en: 'A shorter delivery for a higher down payment.',
      },
    },
    {
      key: 'warranty',
      ourPriority: 'low',
      theirPriority: 'medium',
      opening: { zh: '12个月', en: '12 months' },
      limit: { zh: '24个月', en: '24 months' },
      direction: 'lower_is_better',
      openingValue: 12,
      limitValue: 24,
      trade: {
        zh: '延长质保成本低，可作为守住价格的筹码。',
        en: 'A longer warranty costs us little: use it to hold the price.',
      },
    },
    {
      key: 'training',
      ourPriority: 'low',
      theirPriority: 'medium',
      opening: { zh: '现场培训5天', en: '5 days on site' },
      limit: {
        zh: '现场10天＋2人赴新加坡培训',
        en: '10 days on site + 2 people trained in Singapore',
      },
      direction: null,
      openingValue: null,
      limitValue: null,
      trade: { zh: '', en: '' },
    },
    {
      key: 'penalties',
      ourPriority: 'medium',
      theirPriority: 'medium',
      opening: { zh: '每周0.5%，上限5%', en: '0.5% a week, capped at 5%' },
      limit: { zh: '每周1%，上限10%', en: '1% a week, capped at 10%' },
      direction: 'lower_is_better',
      openingValue: 5,
      limitValue: 10,
      trade: { zh: '', en: '' },
    },
  ],
  concessions: [
    {
      giveIssue: 'warranty',
      give: { zh: '质保延长到24个月', en: 'Warranty extended to 24 months' },
      giveValue: 24,
      getIssue: 'price',
      get: { zh: '合同价不低于1200万元', en: 'Contract price at CNY 12 million or more' },
    },
    {
      giveIssue: 'delivery',
      give: { zh: '交期缩短到18周', en: 'Delivery cut to 18 weeks' },
      giveValue: 18,
      getIssue: 'payment_terms',
      get: { zh: '维持3-6-1付款', en: 'Payment stays 30-60-10' },
    },
  ],
  attendees: [
    { side: 'ours', personKey: null, name: { zh: '郑鹏', en: 'Zheng Peng' }, role: 'lead' },
    { side: 'ours', personKey: null, name: { zh: '欧阳华', en: 'Ouyang Hua' }, role: 'commercial' },
    { side: 'ours', personKey: null, name: { zh: '汤政叶', en: 'Tang Zhengye' }, role: 'finance' },
    {
      side: 'ours',
      personKey: null,
      name: { zh: '曾学明', en: 'Zeng Xueming' },
      role: 'technical',
    },
    { side: 'theirs', personKey: 'vp_operations', name: null, role: 'lead' },
    { side: 'theirs', personKey: 'purchasing_supervisor', name: null, role: 'commercial' },
    { side: 'theirs', personKey: 'finance_manager', name: null, role: 'finance' },
    { side: 'theirs', personKey: 'technical_director', name: null, role: 'technical' },
  ],
  agenda: {
    zh: '1. 回顾技术方案确认结果；2. 交期与分批到货安排；3. 价格与付款条件；4. 质保、培训与违约条款；5. 下一步和签约时间表。',
    en: '1. Review the agreed technical solution; 2. delivery dates and batches; 3. price and payment terms; 4. warranty, training and penalties; 5. next steps and signing timetable.',
  },
  risks: {
    zh: '财务经理首次见面，对付款条件的立场不明；华东精机可能在会前再降价；运营副总可能要求当场“对半让步”。',
    en: 'First meeting with the finance manager, whose view on payment terms is unknown; Huadong may cut its price again before the meeting; the VP Operations may push to “split the difference” on the spot.',
  },
  principles: [
    'prepare_thoroughly',
    'interests_not_positions',
    'more_issues',
    'avoid_splitting_difference',
    'give_to_get',
    'agreements_in_writing',
  ],
};

// ---------- building one locale ----------

/** The demo's competition in `locale`, its story moved to `today` (storyTime.ts). */
export function demoCompetition(locale: Locale, today: string): DemoCompetition {
  const story = storyTime(today);
  const t = (text: Text): string => story.text(locale === 'zh-CN' ? text.zh : text.en);
  const keyOf = (index: number): string => ['us', HUADONG, RIDGELINE][index]!;

  return {
    competitors: COMPETITORS.map((c) => ({
      key: c.key,
      name: t(c.name),
      products: t(c.products),
      priceLevel: c.priceLevel,
      strengths: t(c.strengths),
      weaknesses: t(c.weaknesses),
      tactics: t(c.tactics),
      referenceCustomers: t(c.referenceCustomers),
      notes: t(c.notes),
      verifiedBy: t(c.verifiedBy),
    })),
    deals: [
      {
        // Temp's Plant 2 line, the deal whose committee the demo reviews.
        accountKey: 'temp',
        opportunity: 0,
        competitors: PLANT2_COMPETITORS.map((d) => ({
          competitorKey: d.competitorKey,
          incumbent: d.incumbent,
          satisfaction: d.satisfaction,
          repName: t(d.repName),
          repStyle: t(d.repStyle),
          repRelations: d.repRelations.map((r) => ({ ...r })),
          position: d.position,
          threat: d.threat,
          theirStrategy: t(d.theirStrategy),
          ourCounter: t(d.ourCounter),
        })),
        criteria: PLANT2_CRITERIA.map((c) => ({
          area: c.area,
          name: t(c.name),
          weight: c.weight,
          scores: c.scores.map((score, i) => ({
            vendor: keyOf(i),
            score,
            note: i === 0 ? t(c.note) : '',
          })),
        })),
        outcome: null,
        negotiations: [
          {
            title: t(ROUND_1.title),
            meetingDate: story.day(ROUND_1.meetingDate),
            objectives: ROUND_1.objectives.map((o) => ({
              ...o,
              term: t(o.term),
              unit: t(o.unit),
            })),
            ourBatna: t(ROUND_1.ourBatna),
            theirBatna: t(ROUND_1.theirBatna),
            issues: ROUND_1.issues.map((i) => ({
              key: i.key,
              label: '',
              ourPriority: i.ourPriority,
              theirPriority: i.theirPriority,
              opening: t(i.opening),
              openingValue: i.openingValue,
              // One limit per issue: the number, and the demo's words as its note.
              limit: i.limitValue,
              direction: i.direction,
              limitNote: t(i.limit),
              trade: t(i.trade),
            })),
            concessions: ROUND_1.concessions.map((c) => ({
              ...c,
              give: t(c.give),
              get: t(c.get),
            })),
            attendees: ROUND_1.attendees.map((a) => ({
              side: a.side,
              personKey: a.personKey,
              name: a.name === null ? '' : t(a.name),
              role: a.role,
            })),
            agenda: t(ROUND_1.agenda),
            risks: t(ROUND_1.risks),
            principles: [...ROUND_1.principles],
            outcome: '',
          },
        ],
      },
      {
        // Temp's 2026 maintenance contract: Huadong bid a third-party service offer and lost.
        accountKey: 'temp',
        opportunity: 2,
        competitors: [
          {
            competitorKey: HUADONG,
            incumbent: false,
            satisfaction: null,
            repName: t({ zh: '孙浩', en: 'Sun Hao' }),
            repStyle: '',
            repRelations: [],
            position: 'ahead',
            threat: 'low',
            theirStrategy: t({
              zh: '以低价第三方维保切入，顺带推销Kasumi设备。',
              en: 'Get in with cheap third-party maintenance and sell Kasumi machines on the side.',
            }),
            ourCounter: t({
              zh: '原厂备件和驻厂工程师；四个季度的故障响应记录。',
              en: 'Genuine spare parts and a resident engineer; four quarters of response-time records.',
            }),
          },
        ],
        criteria: [],
        outcome: {
          winner: 'us',
          winnerCompetitorKey: null,
          reasons: ['service', 'relationship'],
          note: t({
            zh: '技术总监坚持原厂维保；采购认可我司的响应记录。',
            en: 'The technical director insisted on factory service; purchasing accepted our response-time record.',
          }),
        },
        negotiations: [],
      },
    ],
  };
}
