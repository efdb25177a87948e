// `npm run generate:large -- [--out FILE] [--accounts N] [--people N] [--opportunities N]`
// Writes a large workspace for the pipeline, forecast and review benchmarks (issue 6): by default
// 5,000 accounts, 100,000 people and 20,000 opportunities, each deal with a small buying committee
// and an activity, spread over the last 120 days, plus last week's forecast snapshot followed by a
// week of changes so the movements view has something to show. Every record goes through the
// typed contract, exactly as from the UI; the clock is moved so dates look like real use.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createHandlers } from '../../electron/handlers.ts';
import { createRouter } from '../../electron/router.ts';
import { createServices } from '../../electron/services/index.ts';
import { openStore } from '../../electron/store/connection.ts';
import { CURRENCIES, GRADES, SALES_STAGES } from '../../shared/enums.ts';
import { localDay } from '../../shared/localDate.ts';
import { call } from './orgChart.ts';

export type LargeOptions = {
  dbPath: string;
  accounts: number;
  people: number;
  opportunities: number;
  /** The day the workspace is "used" up to; the data spans the 120 days before it. */
  today?: Date;
  log?: (line: string) => void;
};

const CITIES = ['上海', '苏州', '无锡', '宁波', '杭州', '南京', '常州', '嘉兴', '合肥', '青岛'];
const TRADES = ['精密机械', '汽车零部件', '电子', '新材料', '医疗器械', '包装', '化工', '电力设备'];
const SUFFIXES = ['有限公司', '股份有限公司', '科技有限公司', '集团有限公司'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华建国志文博晓东海燕春梅红俊峰';
const TITLES = ['总经理', '厂长', '技术总监', '采购总监', '财务总监', '设备经理', 'IT经理'];
const STAFF = ['工程师', '主管', '采购专员', '高级工程师', '计划员', '质量工程师'];
const PRODUCTS = [
  '五轴加工中心',
  '自动化产线改造',
  '检测设备',
  '夹具与工装',
  'MES 系统',
  '维保合同',
];
const OWNERS = ['Zhang Wei', 'Li Na', 'Wang Fang', 'Chen Jie', 'Liu Yang', 'Zhao Lei'];
const ROLES = ['decider', 'technical_buyer', 'economic_buyer', 'user', 'evaluator', 'coach'];
const ATTITUDES = ['supporter', 'neutral', 'opponent'] as const;
const KINDS = ['call', 'visit', 'technical_exchange', 'demo', 'dinner', 'email'] as const;
const DAY = 86_400_000;
/** Records written per transaction. */
const BATCH = 2000;

/** Small deterministic PRNG (mulberry32): the same options give the same workspace. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function generateLargeWorkspace(options: LargeOptions) {
  const log = options.log ?? (() => undefined);
  const today = options.today ?? new Date();
  const start = today.getTime() - 120 * DAY;
  let clock = start;
  // The services on the file directly, as the workspace opens them (with its weekly snapshot),
  // so that the records can be written in large transactions: one commit (and fsync) for
  // thousands of records instead of one each. What is written is the same, call for call.
  const now = () => new Date(clock);
  const { db } = openStore(options.dbPath, now);
  const services = createServices({
    db,
    now,
    systemLocale: 'zh-CN',
    appVersion: 'generator',
    workspacePath: options.dbPath,
  });
  services.forecast.ensureWeekly();
  const router = createRouter(createHandlers(services));
  let pending = 0;
  /** Counts a record; every BATCH records the open transaction is committed and a new one begun. */
  const written = () => {
    if (!db.inTransaction) db.exec('BEGIN IMMEDIATE');
    if (++pending < BATCH) return;
    db.exec('COMMIT');
    pending = 0;
  };
  const commit = () => {
    if (db.inTransaction) db.exec('COMMIT');
    pending = 0;
  };
  const next = random(options.accounts * 7 + options.opportunities);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const personName = () => pick([...SURNAMES]) + pick([...GIVEN]) + pick([...GIVEN]);
  const started = performance.now();
  const progress = (what: string, done: number, total: number) => {
    if (done % 2000 === 0 || done === total)
      log(`${what}: ${done}/${total} (${Math.round((performance.now() - started) / 1000)} s)`);
  };

  // Records are created over the first 100 days, in order, so creation dates spread out.
  const totalRecords = options.accounts + options.people + options.opportunities;
  let created = 0;
  const tick = () => {
    created += 1;
    clock = start + Math.floor((created / totalRecords) * 100 * DAY);
  };

  const accounts: { id: string; people: string[] }[] = [];
  for (let i = 0; i < options.accounts; i++) {
    tick();
    written();
    const account = await call(router, 'accounts.create', {
      name: `${pick(CITIES)}${pick(TRADES)}${i + 1}号${pick(SUFFIXES)}`,
      industry: pick(TRADES),
      region: pick(CITIES),
      grade: next() < 0.9 ? pick(GRADES) : null,
      owner: pick(OWNERS),
      funnelStage: 'target_customer',
    });
    accounts.push({ id: account.id, people: [] });
    progress('accounts', i + 1, options.accounts);
  }

  for (let i = 0; i < options.people; i++) {
    tick();
    written();
    const account = accounts[i % accounts.length]!;
    const head = account.people[0] ?? null;
    const person = await call(router, 'people.create', {
      accountId: account.id,
      name: personName(),
      title: account.people.length < TITLES.length ? TITLES[account.people.length]! : pick(STAFF),
      department: pick(TRADES),
      managerId: head,
    });
    account.people.push(person.id);
    progress('people', i + 1, options.people);
  }

  const deals: { id: string; version: number; accountId: string }[] = [];
  for (let i = 0; i < options.opportunities; i++) {
    tick();
    written();
    const account = accounts[i % accounts.length]!;
    const stageIndex = Math.min(SALES_STAGES.length - 2, Math.floor(next() * next() * 8));
    const roll = next();
    const status = roll < 0.8 ? 'open' : roll < 0.9 ? 'won' : roll < 0.97 ? 'lost' : 'dropped';
    const close = new Date(today.getTime() + int(-60, 300) * DAY);
    const deal = await call(router, 'opportunities.create', {
      accountId: account.id,
      name: `${pick(PRODUCTS)} ${i + 1}`,
      products: pick(PRODUCTS),
      amount: int(5, 400) * 10_000,
      currency: next() < 0.9 ? 'CNY' : pick(CURRENCIES),
      expectedCloseDate: localDay(close),
      owner: pick(OWNERS),
      salesStage: status === 'won' ? 'signed' : SALES_STAGES[stageIndex]!,
      status,
      statusReason: status === 'lost' || status === 'dropped' ? '价格未能达成一致' : '',
    });
    deals.push({ id: deal.id, version: deal.version, accountId: account.id });
    // A small committee and one activity, so coverage, last contact and the queue have data.
    const members = account.people.slice(0, Math.min(3, account.people.length));
    for (const [m, personId] of members.entries()) {
      await call(router, 'committee.upsertMember', {
        opportunityId: deal.id,
        personId,
        roles: [ROLES[(i + m) % ROLES.length]!],
        attitude: pick(ATTITUDES),
        influence: m === 0 ? 'high' : 'medium',
        contact: m === 0 ? 'frequent' : 'distant',
      });
    }
    if (members.length > 0) {
      await call(router, 'activities.create', {
        accountId: account.id,
        opportunityId: deal.id,
        kind: pick(KINDS),
        date: localDay(new Date(clock)),
        personIds: [members[0]!],
        summary: '了解需求与预算，约定下一步技术交流',
        owner: pick(OWNERS),
      });
    }
    progress('opportunities', i + 1, options.opportunities);
  }

  // Last week's snapshot, then a week of work on one deal in twenty: amounts, stages, closes.
  commit();
  clock = today.getTime() - 7 * DAY;
  await call(router, 'forecast.snapshot', { note: '上周例会' });
  let changed = 0;
  for (const [i, deal] of deals.entries()) {
    if (i % 20 !== 0) continue;
    clock = today.getTime() - int(1, 6) * DAY;
    written();
    const current = await call(router, 'opportunities.get', { id: deal.id });
    if (current.status !== 'open') continue;
    const stage = (SALES_STAGES as readonly string[]).indexOf(current.salesStage);
    await call(router, 'opportunities.update', {
      id: deal.id,
      version: current.version,
      ...(i % 40 === 0
        ? { amount: current.amount + int(1, 50) * 10_000 }
        : { salesStage: SALES_STAGES[Math.min(stage + 1, SALES_STAGES.length - 2)]! }),
    });
    changed += 1;
  }
  log(`changed ${changed} deals after the snapshot`);
  commit();
  db.close();
  return { accounts: accounts.length, people: options.people, deals: deals.length };
}

// Run as a script (not when imported by the benchmark).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'large-workspace.sqlite' },
      accounts: { type: 'string', default: '5000' },
      people: { type: 'string', default: '100000' },
      opportunities: { type: 'string', default: '20000' },
    },
  });
  const counts = [values.accounts, values.people, values.opportunities].map(Number);
  if (counts.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error('--accounts, --people and --opportunities take whole numbers ≥ 1');
    process.exit(2);
  }
  const [accounts, people, opportunities] = counts as [number, number, number];
  const begun = performance.now();
  const result = await generateLargeWorkspace({
    dbPath: values.out,
    accounts,
    people,
    opportunities,
    log: (line) => console.log(line),
  });
  console.log(
    `wrote ${values.out}: ${result.accounts} accounts, ${result.people} people, ${result.deals} opportunities in ${Math.round((performance.now() - begun) / 1000)} s`,
  );
}
