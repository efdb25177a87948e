import { describe, expect, it } from 'vitest';
import {
  ATTITUDES,
  BUYING_STAGES,
  DEFAULT_BUYING_ROLES,
  DEFAULT_STAGE_PROBABILITY,
  FUNNEL_STAGES,
  GRADES,
  LOCALES,
  SALES_STAGES,
  type Locale,
  type SalesStage,
} from '../../shared/enums.ts';
import { upsertMemberInput } from '../../shared/committee.ts';
import { accountCreate, opportunityCreate, personCreate } from '../../shared/schemas.ts';
import {
  demoWorkspace,
  type DemoAccount,
  type DemoMember,
  type DemoPerson,
} from './demoWorkspace.ts';
import { STORY_DAY } from './storyTime.ts';
import { addDays } from '../../shared/localDate.ts';

const ACCOUNT_ID = 'demo-account';
// The demo's deals are all in the built-in 8-stage set.
const stageIndex = (stage: string) => (SALES_STAGES as readonly string[]).indexOf(stage);

// Fields whose value is prose in the interface language; everything else must be identical in
// both locales (keys, numbers, dates, enum codes, phones, e-mails).
const LOCALIZED = {
  account: [
    'name',
    'address',
    'bankAccount',
    'industry',
    'region',
    'developmentPlans',
    'installedBase',
    'deliveryPreferences',
    'sites',
    'pastDeals',
    'owner',
  ],
  person: ['name', 'title', 'department', 'organization', 'interests', 'education', 'notes'],
  opportunity: ['name', 'products', 'owner', 'statusReason'],
  member: ['relationshipOwner', 'concerns'],
  motives: ['notes'],
  winFormula: ['companyInterest', 'personalInterest', 'humanTouch'],
  plan: ['routes', 'ourRoute', 'keyPoints', 'owner'],
  influence: ['note'],
} as const;

// King's people (DOMAIN.md §8): the only possible owners of demo accounts and deals.
const KING: Record<Locale, string[]> = {
  'zh-CN': [
    '艾雪',
    '赵伟',
    '张文博',
    '李娜',
    '张家强',
    '曾学明',
    '欧阳华',
    '汤政叶',
    '陈明',
    '郑鹏',
  ],
  en: [
    'Ai Xue',
    'Zhao Wei',
    'Zhang Wenbo',
    'Li Na',
    'Zhang Jiaqiang',
    'Zeng Xueming',
    'Ouyang Hua',
    'Tang Zhengye',
    'Chen Ming',
    'Zheng Peng',
  ],
};

// Temp's org chart from seed 004 figure 3-2: key → solid-line manager, level, and the seed's
// own wording that the zh-CN title must contain.
const TEMP_CHART: Record<string, { manager: string | null; level: string; zhTitle: string }> = {
  chairman: { manager: null, level: 'decision', zhTitle: '董事长兼总经理' },
  vp_marketing: { manager: 'chairman', level: 'decision', zhTitle: '营销副总' },
  technical_director: { manager: 'chairman', level: 'decision', zhTitle: '技术总监' },
  vp_operations: { manager: 'chairman', level: 'decision', zhTitle: '运营副总' },
  market_manager: { manager: 'vp_marketing', level: 'management', zhTitle: '市场经理' },
  market_analyst: { manager: 'market_manager', level: 'operational', zhTitle: '市场分析员' },
  marketing_manager: { manager: 'vp_marketing', level: 'management', zhTitle: '营销经理' },
  customer_service_manager: {
    manager: 'vp_marketing',
    level: 'management',
    zhTitle: '客户服务经理',
  },
  process_tooling_head: {
    manager: 'technical_director',
    level: 'management',
    zhTitle: '工艺工装部',
  },
  technical_design_head: {
    manager: 'technical_director',
    level: 'management',
    zhTitle: '技术设计部',
  },
  it_manager: { manager: 'vp_operations', level: 'management', zhTitle: 'IT经理' },
  hr_admin_manager: { manager: 'vp_operations', level: 'management', zhTitle: '行政人事经理' },
  finance_manager: { manager: 'vp_operations', level: 'management', zhTitle: '财务经理' },
  logistics_manager: { manager: 'vp_operations', level: 'management', zhTitle: '物流经理' },
};

// Relationship owners may also be King's technicians (DOMAIN.md §8).
const KING_STAFF: Record<Locale, string[]> = {
  'zh-CN': [...KING['zh-CN'], '王星', '张文文'],
  en: [...KING.en, 'Wang Xing', 'Zhang Wenwen'],
};

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

function personInput(p: DemoPerson): unknown {
  const { key: _key, managerKey: _managerKey, secondManagerKey: _secondManagerKey, ...rest } = p;
  return { accountId: ACCOUNT_ID, ...rest };
}

/** Replaces localized prose with a marker that only says whether it is empty. */
function neutral(record: object, localized: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).map(([k, v]) => [
      k,
      localized.includes(k) ? (v === '' ? '' : '<text>') : v,
    ]),
  );
}

function neutralMember(m: DemoMember): unknown {
  return {
    ...neutral(m, LOCALIZED.member),
    motives: m.motives && neutral(m.motives, LOCALIZED.motives),
    winFormula: m.winFormula && neutral(m.winFormula, LOCALIZED.winFormula),
    plan: m.plan && neutral(m.plan, LOCALIZED.plan),
  };
}

function structure(accounts: DemoAccount[]): unknown {
  return accounts.map((a) => ({
    key: a.key,
    account: neutral(a.account, LOCALIZED.account),
    people: a.people.map((p) => neutral(p, LOCALIZED.person)),
    opportunities: a.opportunities.map((o) => neutral(o, LOCALIZED.opportunity)),
    committees: a.committees.map((c) => ({
      opportunity: c.opportunity,
      members: c.members.map(neutralMember),
    })),
    influences: a.influences.map((l) => neutral(l, LOCALIZED.influence)),
  }));
}

function localizedTexts(accounts: DemoAccount[]): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const collect = (where: string, record: object, fields: readonly string[]) => {
    for (const [k, v] of Object.entries(record)) {
      if (fields.includes(k) && typeof v === 'string' && v !== '')
        out.push({ where: `${where}.${k}`, text: v });
    }
  };
  for (const a of accounts) {
    collect(a.key, a.account, LOCALIZED.account);
    for (const p of a.people) collect(`${a.key}/${p.key}`, p, LOCALIZED.person);
    a.opportunities.forEach((o, i) =>
      collect(`${a.key}/opportunity ${i}`, o, LOCALIZED.opportunity),
    );
    for (const c of a.committees) {
      for (const m of c.members) {
        const where = `${a.key}/committee ${c.opportunity}/${m.personKey}`;
        collect(where, m, LOCALIZED.member);
        if (m.motives) collect(`${where}.motives`, m.motives, LOCALIZED.motives);
        if (m.winFormula) collect(`${where}.winFormula`, m.winFormula, LOCALIZED.winFormula);
        if (m.plan) collect(`${where}.plan`, m.plan, LOCALIZED.plan);
      }
    }
    for (const l of a.influences) {
      collect(`${a.key}/${l.fromKey}→${l.toKey} ${l.kind}`, l, LOCALIZED.influence);
    }
  }
  return out;
}

function tempOf(accounts: DemoAccount[]): DemoAccount {
  const temp = accounts.find((a) => a.key === 'temp');
  if (!temp) throw new Error('the demo workspace has no Temp account');
  return temp;
}

describe.each(LOCALES)('demoWorkspace(%s)', (locale) => {
  const accounts = demoWorkspace(locale, STORY_DAY);

  it('has at least five accounts with unique keys', () => {
    expect(accounts.length).toBeGreaterThanOrEqual(5);
    expect(new Set(accounts.map((a) => a.key)).size).toBe(accounts.length);
    expect(new Set(accounts.map((a) => a.account.name)).size).toBe(accounts.length);
  });

  it('passes the create schemas for every account, person and opportunity', () => {
    for (const a of accounts) {
      expect(accountCreate.safeParse(a.account).error, a.key).toBeUndefined();
      for (const p of a.people) {
        expect(personCreate.safeParse(personInput(p)).error, `${a.key}/${p.key}`).toBeUndefined();
      }
      for (const { openedDaysAgo, ...o } of a.opportunities) {
        const parsed = opportunityCreate.safeParse({ accountId: ACCOUNT_ID, ...o });
        expect(parsed.error, `${a.key}/${o.name}`).toBeUndefined();
        // Entered before the workspace's creation day, and before its close date if it closed.
        expect(openedDaysAgo, `${a.key}/${o.name}`).toBeGreaterThan(0);
        if (o.status !== 'open') {
          const opened = addDays(STORY_DAY, -openedDaysAgo);
          expect(opened < (o.expectedCloseDate ?? ''), `${a.key}/${o.name}`).toBe(true);
        }
      }
    }
  });

  it('keeps person keys, phones and e-mails unique within each account', () => {
    for (const a of accounts) {
      for (const field of ['key', 'phone', 'email'] as const) {
        const values = a.people.map((p) => p[field]);
        expect(new Set(values).size, `${a.key}: ${field}`).toBe(values.length);
      }
    }
  });

  it('resolves every reporting line within the same account and never to the person themself', () => {
    for (const a of accounts) {
      const keys = new Set(a.people.map((p) => p.key));
      for (const p of a.people) {
        for (const ref of [p.managerKey, p.secondManagerKey]) {
          if (ref === undefined) continue;
          expect(keys.has(ref), `${a.key}/${p.key} → ${ref}`).toBe(true);
          expect(ref, `${a.key}/${p.key}`).not.toBe(p.key);
        }
        if (p.secondManagerKey !== undefined) {
          expect(p.secondManagerKey, `${a.key}/${p.key}`).not.toBe(p.managerKey);
        }
      }
    }
  });

  it('has no cycle over the solid reporting lines', () => {
    for (const a of accounts) {
      const managerOf = new Map(a.people.map((p) => [p.key, p.managerKey]));
      for (const p of a.people) {
        const seen = new Set<string>();
        let at: string | undefined = p.key;
        while (at !== undefined) {
          expect(seen.has(at), `${a.key}: cycle through ${at}`).toBe(false);
          seen.add(at);
          at = managerOf.get(at);
        }
      }
    }
  });

  it('writes the prose in the interface language', () => {
    const texts = localizedTexts(accounts);
    expect(texts.length).toBeGreaterThan(100);
    for (const { where, text } of texts) {
      if (locale === 'en') expect(text, where).not.toMatch(CJK);
      else expect(text, where).toMatch(CJK);
    }
  });

  it('lets only King’s people own accounts and opportunities', () => {
    for (const a of accounts) {
      expect(KING[locale], a.key).toContain(a.account.owner);
      for (const o of a.opportunities)
        expect(KING[locale], `${a.key}/${o.name}`).toContain(o.owner);
    }
  });

  it('keeps each opportunity consistent with its stages and status', () => {
    for (const a of accounts) {
      for (const o of a.opportunities) {
        const where = `${a.key}/${o.name}`;
        const sales = stageIndex(o.salesStage ?? 'account_planning');
        const buying = BUYING_STAGES.indexOf(o.buyingStage ?? 'need_raised');
        // DOMAIN.md §4: sales stage 2 matches buying stages 1–2; every other stage its own number.
        expect(sales === 1 ? [0, 1] : [sales], where).toContain(buying);
        if (o.probability !== undefined && o.salesStage !== undefined) {
          // Set only where it differs from the stage default.
          expect(o.probability, where).not.toBe(
            DEFAULT_STAGE_PROBABILITY[o.salesStage as SalesStage],
          );
        }
        if (o.status === 'won') {
          expect(o.salesStage, where).toBe('signed');
          expect(o.buyingStage, where).toBe('contract_signed');
        }
        if (o.status === 'lost' || o.status === 'dropped') {
          expect(o.statusReason?.trim(), where).not.toBe('');
          expect(o.probability, where).toBe(0);
        }
      }
    }
  });

  it('makes the lists non-trivial: every grade, funnel stage and status, and a USD deal', () => {
    const others = accounts.filter((a) => a.key !== 'temp');
    for (const a of others) {
      expect(a.people.length, a.key).toBeGreaterThanOrEqual(2);
      expect(a.people.length, a.key).toBeLessThanOrEqual(5);
      expect(
        a.people.some((p) => p.managerKey !== undefined),
        a.key,
      ).toBe(true);
      expect(a.opportunities.length, a.key).toBeLessThanOrEqual(2);
    }
    expect(new Set(accounts.map((a) => a.account.grade))).toEqual(new Set(GRADES));
    expect(new Set(accounts.map((a) => a.account.funnelStage))).toEqual(new Set(FUNNEL_STAGES));
    const opportunities = accounts.flatMap((a) => a.opportunities);
    const statuses = new Set(opportunities.map((o) => o.status));
    expect(statuses.has('open') && statuses.has('won')).toBe(true);
    expect(statuses.has('lost') || statuses.has('dropped')).toBe(true);
    const currencies = opportunities.map((o) => o.currency ?? 'CNY');
    expect(currencies).toContain('USD');
    expect(currencies.filter((c) => c === 'CNY').length).toBeGreaterThan(currencies.length / 2);
    // A signed customer has a signed contract with us (DOMAIN.md §2).
    for (const a of accounts.filter((x) => x.account.funnelStage === 'signed')) {
      expect(
        a.opportunities.some((o) => o.status === 'won'),
        a.key,
      ).toBe(true);
    }
    // The credit-risk case of seed 000.
    expect(accounts.some((a) => a.account.paymentBehaviour === 'overdue')).toBe(true);
  });

  it('gives Temp the full org chart of seed 004, with a dotted line', () => {
    const temp = tempOf(accounts);
    const byKey = new Map(temp.people.map((p) => [p.key, p]));
    for (const [key, role] of Object.entries(TEMP_CHART)) {
      const p = byKey.get(key);
      expect(p, key).toBeDefined();
      expect(p?.managerKey ?? null, key).toBe(role.manager);
      expect(p?.level, key).toBe(role.level);
      if (locale === 'zh-CN') expect(p?.title, key).toContain(role.zhTitle);
    }
    const designers = temp.people.filter((p) => p.managerKey === 'technical_design_head');
    expect(designers.length).toBeGreaterThanOrEqual(1);
    expect(designers.every((p) => p.level === 'operational')).toBe(true);
    if (locale === 'zh-CN') expect(designers.every((p) => p.title === '技术设计员')).toBe(true);
    expect(byKey.get('it_manager')?.secondManagerKey).toBe('technical_director');
  });

  it('gives Temp’s main deal a committee worth reviewing and leaves the fixture upgrade empty', () => {
    const temp = tempOf(accounts);
    const main = temp.opportunities.findIndex((o) => o.purchaseType === 'new_task');
    const fixtures = temp.opportunities.findIndex((o) => o.purchaseType === 'modified_rebuy');
    expect(main).toBeGreaterThanOrEqual(0);
    expect(fixtures).toBeGreaterThanOrEqual(0);
    expect(temp.committees.map((c) => c.opportunity)).toEqual([main]);
    for (const a of accounts.filter((x) => x.key !== 'temp')) {
      for (const c of a.committees) expect(a.opportunities[c.opportunity], a.key).toBeDefined();
    }

    const members = temp.committees[0]!.members;
    expect(members.length).toBeGreaterThanOrEqual(7);
    expect(members.length).toBeLessThanOrEqual(10);
    const keys = members.map((m) => m.personKey);
    expect(new Set(keys).size).toBe(keys.length);
    const people = new Set(temp.people.map((p) => p.key));
    for (const m of members) {
      const { personKey, ...fields } = m;
      expect(people.has(personKey), personKey).toBe(true);
      const parsed = upsertMemberInput.safeParse({
        ...fields,
        opportunityId: 'demo-deal',
        personId: 'demo-person',
      });
      expect(parsed.error, personKey).toBeUndefined();
      expect(m.roles?.length, personKey).toBeGreaterThan(0);
      for (const role of m.roles ?? []) expect(DEFAULT_BUYING_ROLES, personKey).toContain(role);
      expect(KING_STAFF[locale], personKey).toContain(m.relationshipOwner);
      if (m.plan && m.plan.owner !== '') expect(KING_STAFF[locale]).toContain(m.plan.owner);
      // Late 2026, before the review on 23 November; plans fall due after it.
      if (m.lastContactDate) expect(m.lastContactDate >= '2026-06-01', personKey).toBe(true);
      if (m.lastContactDate) expect(m.lastContactDate <= '2026-11-23', personKey).toBe(true);
      if (m.plan?.dueDate) expect(m.plan.dueDate > '2026-11-23', personKey).toBe(true);
      expect(m.contact === 'none', personKey).toBe(m.lastContactDate === null);
    }
    // A mix a manager would recognise: every attitude, and the key people worked out in full.
    expect(new Set(members.map((m) => m.attitude))).toEqual(new Set(ATTITUDES));
    for (const key of ['chairman', 'technical_director', 'vp_operations', 'process_tooling_head']) {
      const m = members.find((x) => x.personKey === key);
      expect(m?.motives?.jobDuties.length, key).toBeGreaterThan(0);
      expect(m?.winFormula?.companyInterest, key).not.toBe('');
      expect(m?.winFormula?.personalInterest, key).not.toBe('');
      expect(m?.winFormula?.humanTouch, key).not.toBe('');
      expect(m?.plan?.ourRoute, key).not.toBe('');
    }
  });

  it('puts people outside Temp on its map with influence lines of every kind, off every committee', () => {
    const temp = tempOf(accounts);
    const byKey = new Map(temp.people.map((p) => [p.key, p]));
    const outside = temp.people.filter((p) => p.external);
    expect(outside.map((p) => p.key)).toEqual(['design_institute_engineer', 'industry_consultant']);
    for (const p of outside) {
      expect(p.managerKey, p.key).toBeUndefined();
      expect(p.secondManagerKey, p.key).toBeUndefined();
      expect(p.organization, p.key).not.toBe('');
      expect(temp.people.some((q) => q.managerKey === p.key || q.secondManagerKey === p.key)).toBe(
        false,
      );
    }
    const onCommittees = new Set(temp.committees.flatMap((c) => c.members.map((m) => m.personKey)));
    for (const p of outside) expect(onCommittees.has(p.key), p.key).toBe(false);

    expect(temp.influences.length).toBeGreaterThanOrEqual(5);
    expect(new Set(temp.influences.map((l) => l.kind))).toEqual(
      new Set(['formal', 'informal', 'personal', 'external']),
    );
    const pairs = new Set<string>();
    for (const l of temp.influences) {
      const where = `${l.fromKey}→${l.toKey}`;
      expect(byKey.has(l.fromKey), where).toBe(true);
      expect(byKey.has(l.toKey), where).toBe(true);
      expect(l.fromKey, where).not.toBe(l.toKey);
      expect(l.note, where).not.toBe('');
      const pair = `${l.kind}:${[l.fromKey, l.toKey].sort().join('|')}`;
      expect(pairs.has(pair), pair).toBe(false);
      pairs.add(pair);
    }
    // The worked example's routes: the plant manager's personal tie to the consultant, and the
    // design institute's outside tie to the technical evaluator.
    expect(temp.influences).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          fromKey: 'vp_operations',
          toKey: 'industry_consultant',
          kind: 'personal',
        }),
        expect.objectContaining({
          fromKey: 'design_institute_engineer',
          toKey: 'technical_director',
          kind: 'external',
        }),
      ]),
    );
    for (const a of accounts.filter((x) => x.key !== 'temp')) expect(a.influences).toEqual([]);
  });

  it('fills Temp’s account record across the five categories', () => {
    const { account, opportunities } = tempOf(accounts);
    for (const [field, value] of Object.entries(account)) {
      expect(value, field).not.toBeNull();
      expect(value, field).not.toBe('');
    }
    expect(account.grade).toBe('A');
    expect(account.funnelStage).toBe('target_customer');
    expect(account.owner).toBe(locale === 'zh-CN' ? '郑鹏' : 'Zheng Peng');
    expect(account.listed).toBe(false);
    expect(account.fiscalYearStartMonth).toBe(1);
    // The installed base names the original supplier of the case: us.
    expect(account.installedBase).toContain('Westbrook');
    expect(account.installedBase).toMatch(locale === 'zh-CN' ? /原供应商/ : /original supplier/);

    expect(opportunities).toHaveLength(3);
    expect(new Set(opportunities.map((o) => o.salesStage)).size).toBe(3);
    const main = opportunities.find((o) => o.purchaseType === 'new_task');
    expect(main?.status).toBe('open');
    expect(['evaluation', 'negotiation']).toContain(main?.salesStage);
    expect(main?.currency).toBe('CNY');
    expect(main?.expectedCloseDate).toMatch(/^2027-/);
    expect(main?.amount).toBeLessThanOrEqual(account.budget ?? 0);
    const rebuy = opportunities.find((o) => o.purchaseType === 'modified_rebuy');
    expect(rebuy?.status).toBe('open');
    expect(rebuy?.amount).toBeLessThan(main?.amount ?? 0);
    expect(stageIndex(rebuy?.salesStage ?? 'signed')).toBeLessThan(
      stageIndex(main?.salesStage ?? 'account_planning'),
    );
    expect(opportunities.filter((o) => o.status !== 'open')).toHaveLength(1);
  });
});

describe('demoWorkspace across locales', () => {
  it('describes the same workspace in zh-CN and en', () => {
    const zh = demoWorkspace('zh-CN', STORY_DAY);
    const en = demoWorkspace('en', STORY_DAY);
    expect(structure(zh)).toEqual(structure(en));
    // The prose really is translated, not copied.
    const zhTexts = localizedTexts(zh);
    const enTexts = localizedTexts(en);
    expect(zhTexts.map((t) => t.where)).toEqual(enTexts.map((t) => t.where));
    zhTexts.forEach((t, i) => expect(t.text, t.where).not.toBe(enTexts[i]?.text));
  });

  it('returns fresh records on every call', () => {
    const first = demoWorkspace('en', STORY_DAY);
    tempOf(first).people.length = 0;
    tempOf(first).account.name = 'changed';
    const second = tempOf(demoWorkspace('en', STORY_DAY));
    expect(second.people.length).toBeGreaterThan(0);
    expect(second.account.name).not.toBe('changed');
  });
});
