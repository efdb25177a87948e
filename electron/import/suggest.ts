import type {
  EnumImportField,
  IMPORT_FIELDS,
  ImportField,
  ImportRecordType,
} from '../../shared/imports.ts';
import type { StageDef } from '../../shared/pipeline.ts';

// Suggestions for the mapping step: which field a column holds, from its header, and which of our
// codes a value of an enumeration means. Headers and values are compared normalised (width,
// case, spaces and punctuation ignored). The names are those of spreadsheets kept by hand and of
// the exports of Salesforce, HubSpot, 销售易 and 纷享销客, in Chinese and English.

/** Width, case, spaces, punctuation and a parenthesised note ("Probability (%)", "金额（必填）") dropped. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

const EXTERNAL_ID = ['recordid', 'id', '编号', '系统编号', '记录id', '数据id'];
const ACCOUNT_REF = [
  '客户名称',
  '客户',
  '公司名称',
  '公司',
  '所属客户',
  '所属公司',
  '客户全称',
  '单位名称',
  'accountname',
  'account',
  'companyname',
  'company',
  'associatedcompany',
];
const OWNER = ['负责人', '所有人', '销售负责人', '销售代表', '跟进人', 'owner', 'assignedto'];
const PHONE = ['电话', '联系电话', '手机', '手机号', '手机号码', '移动电话', '办公电话', '座机'];

/** Header names per record type and field; the first column whose header matches gets the field. */
const HEADERS: {
  [T in ImportRecordType]: Partial<Record<(typeof IMPORT_FIELDS)[T][number], string[]>>;
} = {
  accounts: {
    externalId: [
      '客户编号',
      '客户id',
      '客户编码',
      '客户代码',
      'accountid',
      'companyid',
      ...EXTERNAL_ID,
    ],
    name: [
      '客户名称',
      '公司名称',
      '客户',
      '公司',
      '客户全称',
      '企业名称',
      '单位名称',
      'accountname',
      'companyname',
      'name',
      'company',
    ],
    industry: ['行业', '所属行业', '行业类别', 'industry'],
    region: [
      '地区',
      '省份',
      '区域',
      '所在地区',
      '省市',
      '城市',
      '所在城市',
      'region',
      'province',
      'state',
      'billingstate',
      'stateregion',
      'city',
    ],
    address: [
      '地址',
      '详细地址',
      '公司地址',
      '客户地址',
      'address',
      'billingaddress',
      'billingstreet',
      'street',
      'streetaddress',
    ],
    phone: [...PHONE, '公司电话', 'phone', 'phonenumber'],
    website: ['网址', '官网', '公司网址', '网站', 'website', 'companydomainname', 'domain'],
    owner: [...OWNER, '客户负责人', '客户所有人', 'accountowner', 'companyowner'],
    grade: ['客户等级', '客户级别', '等级', '级别', '客户分级', 'grade', 'rating', 'accountrating'],
    funnelStage: ['客户阶段', '客户类型', '生命周期阶段', 'lifecyclestage', 'accounttype', 'type'],
    revenue: ['年营业额', '营业收入', '年收入', '营收', '年销售额', 'annualrevenue', 'revenue'],
    staffSize: [
      '员工人数',
      '人数',
      '员工数',
      '公司规模',
      '人员规模',
      'employees',
      'numberofemployees',
      'staffsize',
    ],
  },
  people: {
    externalId: ['联系人编号', '联系人id', 'contactid', ...EXTERNAL_ID],
    account: ACCOUNT_REF,
    name: [
      '联系人',
      '姓名',
      '联系人姓名',
      '名字',
      '联系人名称',
      'fullname',
      'name',
      'contactname',
      'contact',
    ],
    firstName: ['firstname', 'givenname'],
    lastName: ['lastname', 'surname', 'familyname'],
    title: ['职务', '职位', '职称', '岗位', 'title', 'jobtitle', 'position'],
    department: ['部门', '所属部门', '部门名称', 'department', 'dept'],
    level: ['层级', '决策层级', '角色层级', '级别', 'level'],
    reportsTo: [
      '上级',
      '汇报对象',
      '直属上级',
      '汇报给',
      '上级领导',
      '直接上级',
      'reportsto',
      'manager',
    ],
    phone: [...PHONE, 'phone', 'mobile', 'mobilephone', 'phonenumber', 'businessphone'],
    email: ['邮箱', '电子邮箱', '电子邮件', '邮件', 'email', 'emailaddress'],
    birthday: ['生日', '出生日期', 'birthday', 'birthdate', 'dateofbirth'],
    notes: ['备注', '说明', '描述', 'notes', 'description'],
  },
  opportunities: {
    externalId: [
      '商机编号',
      '商机id',
      '机会编号',
      '销售机会编号',
      'opportunityid',
      'dealid',
      ...EXTERNAL_ID,
    ],
    account: ACCOUNT_REF,
    name: [
      '商机名称',
      '机会名称',
      '销售机会名称',
      '商机',
      '项目名称',
      '销售机会',
      'opportunityname',
      'dealname',
      'name',
      'opportunity',
    ],
    amount: [
      '金额',
      '预计金额',
      '商机金额',
      '销售金额',
      '合同金额',
      '预计销售金额',
      '项目金额',
      'amount',
      'dealamount',
      'expectedrevenue',
    ],
    currency: [
      '币种',
      '货币',
      '币别',
      'currency',
      'opportunitycurrency',
      'currencycode',
      'currencyisocode',
    ],
    expectedCloseDate: [
      '预计成交日期',
      '预计签单日期',
      '预计结单日期',
      '结单日期',
      '预计签约日期',
      '成交日期',
      '签单日期',
      'closedate',
      'expectedclosedate',
    ],
    owner: [...OWNER, '商机负责人', '商机所有人', 'opportunityowner', 'dealowner'],
    salesStage: [
      '阶段',
      '销售阶段',
      '商机阶段',
      '销售流程阶段',
      'stage',
      'dealstage',
      'salesstage',
      'stagename',
    ],
    probability: [
      '赢率',
      '可能性',
      '成交可能性',
      '成交概率',
      '赢单率',
      '赢单概率',
      'probability',
      'dealprobability',
      'winprobability',
    ],
    status: ['状态', '商机状态', '输赢状态', '结果', '赢输状态', 'status', 'dealstatus'],
    statusReason: [
      '原因',
      '输单原因',
      '丢单原因',
      '赢输原因',
      '输赢原因',
      'lossreason',
      'closedlostreason',
      'reason',
    ],
    products: ['产品', '产品名称', '产品明细', '意向产品', 'products', 'product', 'productname'],
  },
  activities: {
    externalId: ['活动编号', '活动id', '跟进记录id', '跟进记录编号', 'activityid', ...EXTERNAL_ID],
    account: ACCOUNT_REF,
    opportunity: [
      '商机名称',
      '商机',
      '机会名称',
      '销售机会',
      '项目名称',
      'opportunityname',
      'dealname',
      'opportunity',
      'deal',
    ],
    kind: ['类型', '活动类型', '跟进方式', '跟进类型', '方式', '类别', 'type', 'activitytype'],
    date: ['日期', '活动日期', '跟进时间', '跟进日期', '拜访日期', '时间', 'date', 'activitydate'],
    people: ['联系人', '参与人', '参与人员', '拜访对象', 'contacts', 'attendees', 'people'],
    summary: [
      '内容',
      '摘要',
      '跟进内容',
      '活动内容',
      '跟进记录',
      '记录',
      '备注',
      'summary',
      'subject',
      'description',
      'notes',
    ],
    nextStep: ['下一步', '下一步计划', '后续计划', '下一步行动', 'nextstep'],
    nextDate: [
      '下次日期',
      '下次跟进时间',
      '下次跟进日期',
      '下一步日期',
      'nextdate',
      'nextactivitydate',
    ],
    owner: [...OWNER, '拜访人', '创建人', 'activityowner'],
  },
};

// The account's (or deal's) id in a file of people, deals or activities: used only when no column
// names it, since an id from another system finds nothing until that system's records came in.
const ACCOUNT_ID = ['客户编号', '客户id', '客户编码', 'accountid', 'companyid'];
const WEAK_HEADERS: Partial<Record<ImportRecordType, Partial<Record<ImportField, string[]>>>> = {
  people: { account: ACCOUNT_ID },
  opportunities: { account: ACCOUNT_ID },
  activities: {
    account: ACCOUNT_ID,
    opportunity: ['商机编号', '商机id', '机会编号', 'opportunityid', 'dealid'],
  },
};

function fieldsByName(names: Partial<Record<ImportField, string[]>>): Map<string, ImportField> {
  const byName = new Map<string, ImportField>();
  for (const [field, list] of Object.entries(names) as [ImportField, string[]][]) {
    for (const name of list) if (!byName.has(name)) byName.set(name, field);
  }
  return byName;
}

/**
 * One field per column (null: not imported); each field goes to the first column naming it, and
 * an id column stands for the account or deal only when no column names it.
 */
export function suggestColumns(
  recordType: ImportRecordType,
  headers: readonly string[],
): (ImportField | null)[] {
  const taken = new Set<ImportField>();
  const pick = (byName: Map<string, ImportField>, header: string): ImportField | null => {
    const field = byName.get(normalise(header));
    if (field === undefined || taken.has(field)) return null;
    taken.add(field);
    return field;
  };
  const strong = fieldsByName(HEADERS[recordType] as Partial<Record<ImportField, string[]>>);
  const weak = fieldsByName(WEAK_HEADERS[recordType] ?? {});
  const columns = headers.map((header) => pick(strong, header));
  return columns.map((field, i) => field ?? pick(weak, headers[i]!));
}

/** Our codes' names besides the codes themselves, as our forms show them and CRMs export them. */
const VALUE_NAMES: Record<Exclude<EnumImportField, 'salesStage'>, Record<string, string[]>> = {
  grade: {
    A: ['a类', 'a级', 'a类客户', 'a级客户', '重点客户', '重要客户', 'hot'],
    B: ['b类', 'b级', 'b类客户', 'b级客户', 'warm'],
    C: ['c类', 'c级', 'c类客户', 'c级客户', 'cold'],
    D: ['d类', 'd级', 'd类客户', 'd级客户'],
  },
  funnelStage: {
    target_market: ['目标市场', 'targetmarket', 'subscriber', '市场'],
    prospect: [
      '潜在客户',
      '线索',
      'lead',
      'prospect',
      'marketingqualifiedlead',
      'salesqualifiedlead',
      '意向客户',
    ],
    target_customer: ['目标客户', 'targetcustomer', 'opportunity', '商机客户'],
    signed: ['签约客户', '成交客户', '已签约', '已成交', 'customer', 'signed', '老客户'],
  },
  level: {
    decision: [
      '决策层',
      '决策者',
      '高层',
      '决策',
      'decision',
      'decisionmaker',
      'executive',
      'csuite',
    ],
    management: ['管理层', '中层', '管理', 'management', 'manager', 'middlemanagement'],
    operational: [
      '操作层',
      '执行层',
      '基层',
      '操作',
      '使用者',
      'operational',
      'staff',
      'user',
      'enduser',
    ],
  },
  currency: {
    CNY: ['人民币', 'rmb', 'cny', '元', '¥', '￥', 'renminbi'],
    USD: ['美元', 'usd', 'us$', '$', '美金'],
    EUR: ['欧元', 'eur', '€'],
    HKD: ['港币', '港元', 'hkd', 'hk$'],
    JPY: ['日元', 'jpy', '円'],
    GBP: ['英镑', 'gbp', '£'],
  },
  status: {
    open: ['进行中', '跟进中', '开放', '未关闭', 'open', 'inprogress', 'active'],
    won: ['赢单', '赢', '成交', '已成交', '签约', '已签约', 'won', 'closedwon', 'win'],
    lost: ['输单', '丢单', '输', '失败', 'lost', 'closedlost', 'loss'],
    dropped: [
      '放弃',
      '已放弃',
      '取消',
      '作废',
      '终止',
      'dropped',
      'abandoned',
      'cancelled',
      'canceled',
    ],
  },
  kind: {
    call: ['电话', '电话拜访', '致电', '电话沟通', 'call', 'phonecall', 'phone'],
    visit: ['拜访', '上门拜访', '面访', '见面', '会议', '会面', 'visit', 'meeting'],
    technical_exchange: ['技术交流', '技术沟通', 'technicalexchange'],
    demo: ['产品演示', '演示', 'demo', 'presentation'],
    dinner: ['宴请', '商务宴请', '吃饭', '饭局', 'dinner', 'lunch'],
    site_visit: ['参观考察', '参观', '考察', '现场考察', 'sitevisit'],
    email: ['邮件', '电子邮件', 'email', 'e-mail'],
  },
};

/** Stage names of CRM exports, by the key of our 8-stage set they mean. */
const CRM_STAGES: Record<string, string[]> = {
  account_planning: [
    'prospecting',
    'appointmentscheduled',
    '初步接洽',
    '线索',
    '初步沟通',
    '客户规划',
    '电话邀约',
  ],
  visit_research: [
    'qualification',
    'qualifiedtobuy',
    '需求确认',
    '验证客户',
    '客户拜访',
    '初步调研',
  ],
  first_proposal: ['valueproposition', '初步方案', '方案', '方案报价'],
  solution_demo: ['presentationscheduled', 'iddecisionmakers', '方案演示', '技术交流', '演示'],
  formal_proposal: ['needsanalysis', 'proposalpricequote', '需求分析', '正式方案', '报价'],
  evaluation: ['perceptionanalysis', 'decisionmakerboughtin', '项目评估', '评估', '招投标', '投标'],
  negotiation: ['negotiationreview', 'contractsent', '商务谈判', '谈判', '合同审批'],
  signed: ['closedwon', '赢单', '签约', '签约成交', '成交'],
};

/** A value compared as a header is, but currency signs ($, ¥, €) kept: they name a currency. */
const normaliseValue = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '');

/** Our code for a value of the file, or null when nothing is recognised. */
export function suggestValue(
  field: EnumImportField,
  value: string,
  stages: readonly StageDef[],
): string | null {
  const text = normaliseValue(value);
  if (text === '') return null;
  if (field === 'salesStage') return suggestStage(text, stages);
  const names = VALUE_NAMES[field];
  for (const [code, list] of Object.entries(names)) {
    if ([code, ...list].some((name) => normaliseValue(name) === text)) return code;
  }
  return null;
}

function suggestStage(text: string, stages: readonly StageDef[]): string | null {
  const exact = stages.find((s) =>
    [s.key, s.labelZh, s.labelEn].some((name) => normaliseValue(name) === text),
  );
  if (exact) return exact.key;
  const keys = new Set(stages.map((s) => s.key));
  for (const [key, list] of Object.entries(CRM_STAGES)) {
    if (keys.has(key) && list.some((name) => normaliseValue(name) === text)) return key;
  }
  // Part of exactly one stage's name ("方案演示" of "方案演示与技术交流").
  if ([...text].length >= 2) {
    const partly = stages.filter((s) =>
      [s.labelZh, s.labelEn].some((name) => normaliseValue(name).includes(text)),
    );
    if (partly.length === 1) return partly[0]!.key;
  }
  return null;
}
