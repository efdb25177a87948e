import type {
  BuyingStage,
  Currency,
  FunnelStage,
  Grade,
  Level,
  Locale,
  OpportunityStatus,
  PaymentBehaviour,
  PurchaseType,
  SalesStage,
} from '../../shared/enums.ts';
import type { AccountCreate, OpportunityCreate, PersonCreate } from '../../shared/schemas.ts';

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

export type DemoAccount = {
  key: string;
  account: AccountCreate;
  people: DemoPerson[];
  opportunities: Omit<OpportunityCreate, 'accountId'>[];
};

/** One piece of demo text in both interface languages. */
type Text = { readonly zh: string; readonly en: string };

type PersonSource = {
  key: string;
  managerKey?: string;
  secondManagerKey?: string;
  name: Text;
  title: Text;
  department: Text;
  level: Level;
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
  owner: Text;
  purchaseType: PurchaseType;
  salesStage: SalesStage;
  /** Only where it differs from the stage's default probability. */
  probability?: number;
  buyingStage: BuyingStage;
  status: OpportunityStatus;
  statusReason?: Text;
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
};

// King's own people (DOMAIN.md §8) who own accounts and deals.
const KING = {
  aiXue: { zh: '艾雪', en: 'Ai Xue' },
  zhangJiaqiang: { zh: '张家强', en: 'Zhang Jiaqiang' },
  ouyangHua: { zh: '欧阳华', en: 'Ouyang Hua' },
  chenMing: { zh: '陈明', en: 'Chen Ming' },
  zhengPeng: { zh: '郑鹏', en: 'Zheng Peng' },
} as const satisfies Record<string, Text>;

const MANUFACTURING: Text = { zh: '机械制造', en: 'Machinery manufacturing' };

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
      department: { zh: '总经理办公室', en: "General Manager's Office" },
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
      title: { zh: '总经理办公室秘书', en: "Secretary, General Manager's Office" },
      department: { zh: '总经理办公室', en: "General Manager's Office" },
      level: 'operational',
      phone: tempPhone(8002),
      email: tempEmail('liuqian'),
      birthday: '1992-07-08',
      interests: { zh: '烘焙，周末常在朋友圈晒蛋糕。', en: 'Baking; often posts her weekend cakes on WeChat Moments.' },
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
      interests: { zh: '打羽毛球，每周三晚上固定打球。', en: 'Plays badminton every Wednesday evening.' },
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
      education: { zh: '浙江大学机械工程硕士。', en: 'MEng in Mechanical Engineering, Zhejiang University.' },
      notes: {
        zh:
          '技术评估组组长，确定设备技术指标，是他主张选择美国厂家的设备。出差频繁：每月中旬到北京参加行业协会会议，通常住东三环同一家酒店，行程由总经理办公室刘倩安排。' +
          '11月18日他在北京时，我司艾雪总到酒店拜访，请他参观了我司北京演示中心，当晚一起看了《茶馆》（按公司招待标准，已登记）。',
        en:
          'Leads the technical evaluation team and sets the equipment specifications; he is the one who argued for US-made equipment. Travels a lot: mid-month every month he attends the industry association in Beijing, usually at the same hotel on the East Third Ring Road, with trips booked by Liu Qian in the General Manager’s Office. ' +
          'On 18 November, while he was in Beijing, our GM Ai Xue called on him at his hotel and showed him our Beijing demo centre; that evening they saw Teahouse together (within our hospitality policy, logged).',
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
      interests: { zh: '练书法；喜欢带徒弟。', en: 'Calligraphy; enjoys mentoring young engineers.' },
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
      owner: KING.zhengPeng,
      purchaseType: 'new_task',
      salesStage: 'evaluation',
      buyingStage: 'preferred_supplier',
      status: 'open',
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
      owner: KING.chenMing,
      purchaseType: 'modified_rebuy',
      salesStage: 'first_proposal',
      // Below the stage default: the budget waits until the new line's design is settled.
      probability: 25,
      buyingStage: 'project_approved',
      status: 'open',
    },
    {
      name: { zh: '2026年度设备维保与备件服务合同', en: '2026 maintenance and spare-parts contract' },
      products: {
        zh: '16台HMC-630年度预防性维护（每季度一次）、备件包、远程诊断',
        en: 'Preventive maintenance of 16 HMC-630s (quarterly), spare-parts package, remote diagnostics',
      },
      amount: 620_000,
      currency: 'CNY',
      expectedCloseDate: '2026-01-12',
      owner: KING.ouyangHua,
      purchaseType: 'straight_rebuy',
      salesStage: 'signed',
      buyingStage: 'contract_signed',
      status: 'won',
    },
  ],
};

const SOURCES: readonly AccountSource[] = [temp];

// ---------- building one locale ----------

export function demoWorkspace(locale: Locale): DemoAccount[] {
  const t = (text: Text | undefined): string =>
    text === undefined ? '' : locale === 'zh-CN' ? text.zh : text.en;

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
      phone: p.phone,
      email: p.email,
      birthday: p.birthday ?? null,
      interests: t(p.interests),
      education: t(p.education),
      notes: t(p.notes),
    })),
    opportunities: s.opportunities.map((o) => ({
      name: t(o.name),
      products: t(o.products),
      amount: o.amount,
      currency: o.currency,
      expectedCloseDate: o.expectedCloseDate,
      owner: t(o.owner),
      purchaseType: o.purchaseType,
      salesStage: o.salesStage,
      ...(o.probability === undefined ? {} : { probability: o.probability }),
      buyingStage: o.buyingStage,
      status: o.status,
      statusReason: t(o.statusReason),
    })),
  }));
}
