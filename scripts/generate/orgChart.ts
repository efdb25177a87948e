// Generates a realistic customer organisation through the typed contract (the router validates
// every record exactly as it would from the UI): a general manager, department heads, managers
// with 3–8 reports, some dotted lines, influence lines, outside people and a deal committee.
import type { Router } from '../../electron/router.ts';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/channels.ts';

export type OrgOptions = { accountName: string; people: number; seed?: number };
export type GeneratedOrg = { accountId: string; opportunityId: string; personIds: string[] };

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强文博晓东海燕春梅红俊峰';
const DEPARTMENTS = [
  ['生产部', '厂长'],
  ['技术部', '技术总监'],
  ['采购部', '采购总监'],
  ['财务部', '财务总监'],
  ['质量部', '质量经理'],
  ['设备部', '设备经理'],
  ['信息部', 'IT经理'],
  ['工程部', '工程总监'],
] as const;
const STAFF_TITLES = ['工程师', '主管', '专员', '高级工程师', '技术员', '计划员'];
const KINDS = ['formal', 'informal', 'personal', 'external'] as const;
const ATTITUDES = ['supporter', 'neutral', 'opponent'] as const;
const INFLUENCES = ['high', 'medium', 'low'] as const;

/** Small deterministic PRNG (mulberry32): the same seed gives the same organisation. */
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

export async function call<C extends ChannelName>(
  router: Router,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await router.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.data as ChannelOutput<C>;
}

export async function generateOrg(router: Router, options: OrgOptions): Promise<GeneratedOrg> {
  const next = random(options.seed ?? options.people);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const name = () =>
    pick([...SURNAMES]) + pick([...GIVEN]) + (next() < 0.5 ? pick([...GIVEN]) : '');

  const account = await call(router, 'accounts.create', { name: options.accountName });
  const accountId = account.id;
  const ids: string[] = [];
  const reports = new Map<string, number>();
  const department = new Map<string, string>();

  const add = async (title: string, dept: string, managerId: string | null) => {
    const person = await call(router, 'people.create', {
      accountId,
      name: name(),
      title,
      department: dept,
      managerId,
    });
    ids.push(person.id);
    department.set(person.id, dept);
    if (managerId) reports.set(managerId, (reports.get(managerId) ?? 0) + 1);
    return person.id;
  };

  const internal = Math.max(1, options.people - Math.min(10, Math.floor(options.people / 30)));
  const gm = await add('总经理', '总经理办公室', null);
  const heads: string[] = [];
  for (const [dept, title] of DEPARTMENTS.slice(0, Math.min(8, internal - 1))) {
    heads.push(await add(title, dept, gm));
  }
  // Breadth first: each manager gets 3–8 reports until the organisation has its size.
  const queue = [...heads];
  while (ids.length < internal && queue.length > 0) {
    const manager = queue.shift()!;
    const count = 3 + Math.floor(next() * 6);
    for (let i = 0; i < count && ids.length < internal; i++) {
      const id = await add(pick(STAFF_TITLES), department.get(manager)!, manager);
      if (next() < 0.45) queue.push(id);
    }
    if (queue.length === 0 && ids.length < internal) queue.push(pick(ids.slice(1)));
  }

  for (let i = 0; ids.length < options.people; i++) {
    const person = await call(router, 'people.create', {
      accountId,
      name: name(),
      title: pick(['顾问', '高级工程师', '处长']),
      external: true,
      organization: ['华东电力设计院', '行业协会', '咨询公司'][i % 3]!,
    });
    ids.push(person.id);
  }

  // Dotted lines for about 3% of the staff: a second manager in another department.
  const people = await call(router, 'people.list', { accountId });
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const person of people) {
    if (person.external || person.managerId === null || next() > 0.03) continue;
    const second = pick(heads);
    if (second === person.managerId || second === person.id) continue;
    await call(router, 'people.update', {
      id: person.id,
      version: byId.get(person.id)!.version,
      secondManagerId: second,
    });
  }

  // Influence lines between about 2% of the people, of every kind.
  const seen = new Set<string>();
  for (let i = 0; i < Math.max(3, Math.floor(options.people / 50)); i++) {
    const from = pick(ids);
    const to = pick(ids);
    const kind = KINDS[i % KINDS.length]!;
    const key = [kind, ...[from, to].sort()].join(':');
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    await call(router, 'influences.create', { fromPersonId: from, toPersonId: to, kind });
  }

  const opportunity = await call(router, 'opportunities.create', {
    accountId,
    name: `${options.accountName} 扩建项目`,
    amount: 3_000_000,
    currency: 'CNY',
  });
  for (const personId of [gm, ...heads, ...ids.slice(heads.length + 1, heads.length + 8)]) {
    await call(router, 'committee.upsertMember', {
      opportunityId: opportunity.id,
      personId,
      attitude: pick(ATTITUDES),
      influence: pick(INFLUENCES),
    });
  }
  return { accountId, opportunityId: opportunity.id, personIds: ids };
}
