import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, type Workbench } from './fixtures.ts';
import { pdfPages } from './pdfText.ts';

const PLANT2 = /^(Plant 2 valve-body machining line equipment|二厂阀体加工线设备采购)$/;

type Deal = { id: string; name: string; accountId: string; version: number; amount: number };

/** Logs an activity with a committee member and raises the amount: things the pack must show. */
async function prepare(workbench: Workbench, summary: string, evidence: string) {
  const deals = await workbench.rpc<Deal[]>('opportunities.list', {});
  const deal = deals.find((d) => PLANT2.test(d.name))!;
  const { members } = await workbench.rpc<{
    members: { personId: string; influence: string | null }[];
  }>('committee.get', { opportunityId: deal.id });

  await workbench.rpc('activities.create', {
    accountId: deal.accountId,
    opportunityId: deal.id,
    kind: 'site_visit',
    date: '2026-11-20',
    personIds: [members[0]!.personId],
    summary,
    nextStep: 'Send the spare-parts plan',
    nextDate: '2026-12-01',
    owner: 'Zheng Peng',
  });
  await workbench.rpc('stages.saveEvidence', {
    id: deal.id,
    items: [
      {
        stageKey: 'evaluation',
        criterionKey: 'meets_evaluation',
        met: true,
        note: evidence,
        date: '2026-11-19',
      },
    ],
  });
  // One member's influence back and forth to where it was: no net change for the pack to list.
  const member = members.find((m) => m.influence === 'high')!;
  for (const influence of ['medium', 'high', 'low', 'high'] as const)
    await workbench.rpc('committee.upsertMember', {
      opportunityId: deal.id,
      personId: member.personId,
      influence,
    });
  await workbench.rpc('opportunities.update', {
    id: deal.id,
    version: deal.version,
    amount: 13_200_000,
  });
  return deal;
}

/** Clicks the pack button with window.print stubbed, then prints what the dialog would. */
async function exportPack(page: Page, button: string) {
  type Timed = Window & { printCalls?: number; clickedAt?: number; printedAt?: number };
  await page.evaluate(() => {
    const w = window as Timed;
    w.printCalls = 0;
    window.print = () => {
      w.printCalls = (w.printCalls ?? 0) + 1;
      w.printedAt = performance.now();
    };
    // The click's own time, in the page's clock.
    document.addEventListener('click', () => (w.clickedAt ??= performance.now()), {
      capture: true,
    });
  });
  const started = Date.now();
  await page.getByRole('button', { name: button }).click();
  // Checked on every frame: a coarse poll would add its own wait to the measured time.
  await page.waitForFunction(() => (window as Timed).printCalls === 1, null, { timeout: 30_000 });
  const pdfStarted = Date.now();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const assembled = await page.evaluate(() => {
    const w = window as Timed;
    return Math.round(w.printedAt! - w.clickedAt!);
  });
  return { pdf, ms: Date.now() - started, assembled, printing: Date.now() - pdfStarted };
}

for (const { lang, opportunities, button, headings, expected } of [
  {
    lang: 'en' as const,
    opportunities: 'Opportunities',
    button: 'Deal-review pack',
    headings: [
      'Deal-review pack',
      'Stage and exit criteria',
      'Forecast line',
      'Buying committee and red flags',
      'Map in deal context',
      'Competition: radar and gaps',
      'Negotiation plan',
      'Recent activities',
      'What changed since the last review',
    ],
    expected: {
      amount: 'CN¥13,200,000',
      weighted: 'CN¥9,240,000 Best case',
      issue: 'Payment terms',
      opponentFlag: (name: string) =>
        `⚠ ${name} is an influential opponent with no plan to reach them.`,
      changed: 'Amount: CN¥12,600,000 → CN¥13,200,000',
      criterion: '☑ We meet the evaluation criteria (met, Ranked first in the technical scoring',
      criterionChanged: 'Stage evidence We meet the evaluation criteria: met',
      since: 'Changes since',
      page1: [
        'Summary for the review',
        'exit criteria not met yet',
        'Committee coverage',
        'Where we trail the competition',
        'Negotiation position',
        'Next steps',
        'Send the spare-parts plan — Zheng Peng, by Dec 1, 2026',
      ],
      influence: /Influence: \S+ → /,
    },
  },
  {
    lang: 'zh-CN' as const,
    opportunities: '项目',
    button: '项目评审资料包',
    headings: [
      '项目评审资料包',
      '阶段与阶段条件',
      '预测',
      '采购中心与风险信号',
      '项目视角的组织地图',
      '竞争：雷达图与差距',
      '谈判计划',
      '近期活动',
      '上次评审以来的变化',
    ],
    expected: {
      amount: '¥13,200,000',
      weighted: '¥9,240,000 最佳情况',
      issue: '付款条件',
      opponentFlag: (name: string) => `⚠ ${name}是有影响力的反对者，还没有对其制定关系计划。`,
      changed: '金额：¥12,600,000 → ¥13,200,000',
      criterion: '☑ 我方满足评估标准（已满足、技术评分排名第一',
      criterionChanged: '阶段证据 我方满足评估标准：已满足',
      since: '以来的变化',
      page1: [
        '评审摘要',
        '项未满足',
        '采购中心覆盖度',
        '我方落后于竞争对手之处',
        '谈判立场',
        '下一步',
        'Send the spare-parts plan——Zheng Peng，2026年12月1日 前',
      ],
      influence: /影响力：\S+ → /,
    },
  },
]) {
  test.describe(lang, () => {
    test.use({ lang });

    test(`deal-review pack of the Plant 2 deal in ${lang}: stage, committee, red flag, competitor, gap, negotiation, forecast, map, activity and changes`, async ({
      page,
      workbench,
    }) => {
      const summary = lang === 'en' ? 'Walked the Wujiang site' : '走访吴江新厂址';
      page.on('console', (m) => {
        if (m.text().includes('[review-pack')) console.log(m.text());
      });
      const evidence = lang === 'en' ? 'Ranked first in the technical scoring' : '技术评分排名第一';
      const deal = await prepare(workbench, summary, evidence);
      await page.reload();
      await page.getByRole('link', { name: opportunities, exact: true }).click();
      await page.getByRole('cell', { name: PLANT2 }).click();

      const { pdf, ms, assembled, printing } = await exportPack(page, button);
      // The benchmark the issue asks for (click → PDF bytes on the demo deal).
      console.log(
        `[review-pack ${lang}] click → PDF bytes: ${ms} ms (click → print: ${assembled} ms, ` +
          `page.pdf: ${printing} ms), ${pdf.length} bytes`,
      );
      writeFileSync(test.info().outputPath(`review-pack-${lang}.pdf`), pdf);
      const pages = await pdfPages(pdf);
      const text = pages.join('\n\n');
      writeFileSync(test.info().outputPath(`review-pack-${lang}.txt`), text);
      const flat = text.replace(/\s+/g, ' ');

      for (const heading of headings) expect(flat).toContain(heading);
      expect(flat).toContain(deal.name);

      // What the pack must hold, read from the channels (the demo is in the UI language).
      const { members } = await workbench.rpc<{ members: { personId: string }[] }>(
        'committee.get',
        { opportunityId: deal.id },
      );
      const people = await workbench.rpc<{ id: string; name: string }[]>('people.list', {
        accountId: deal.accountId,
      });
      const memberNames = members.map((m) => people.find((p) => p.id === m.personId)!.name);
      for (const name of memberNames) expect(flat).toContain(name);
      const comparison = await workbench.rpc<{
        vendors: { vendor: string; name: string }[];
        gaps: { criterionName: string; competitorName: string }[];
      }>('criteria.comparison', { opportunityId: deal.id });
      for (const v of comparison.vendors.filter((x) => x.vendor !== 'us'))
        expect(flat).toContain(v.name);
      expect(comparison.gaps.length).toBeGreaterThan(0);
      expect(flat).toContain(comparison.gaps[0]!.criterionName);
      const coverage = await workbench.rpc<{
        flags: { code: string; params?: Record<string, string> }[];
      }>('committee.coverage', { opportunityId: deal.id });
      const opponent = coverage.flags.find((f) => f.code === 'opponent_without_plan');
      expect(flat).toContain(expected.opponentFlag(opponent!.params!['name']!));
      // The map shows the whole account: people off the committee appear only there.
      const onCommittee = new Set(members.map((m) => m.personId));
      const offCommittee = people.filter((p) => !onCommittee.has(p.id)).slice(0, 3);
      expect(offCommittee.length).toBeGreaterThan(0);
      for (const p of offCommittee) expect(flat).toContain(p.name);
      expect(flat).toContain(expected.issue);
      expect(flat).toContain(expected.weighted);

      expect(flat).toContain(expected.amount);
      expect(flat).toContain(expected.changed);
      expect(flat).toContain(expected.criterion);
      expect(flat).toContain(expected.criterionChanged);
      expect(flat).toContain(expected.since);
      expect(flat).toContain(summary);
      // Page 1, the summary: the deal, its amount once and formatted, the stage and what is
      // unmet, the coverage score and worst red flag, the costliest gap, the negotiation position
      // and the next step.
      const page1 = pages[0]!.replace(/\s+/g, ' ');
      expect(page1).toContain(deal.name);
      for (const line of expected.page1) expect(page1).toContain(line);
      expect(page1).toContain(expected.opponentFlag(opponent!.params!['name']!));
      expect(page1).toContain(comparison.gaps[0]!.criterionName);
      expect(page1).toContain(expected.amount);
      expect(page1).not.toMatch(/\d{5}/);
      // Influence back and forth to where it started is no change, so not listed.
      expect(flat).not.toMatch(expected.influence);
      // No near-empty page; the map has a landscape page of its own.
      console.log(
        `[review-pack ${lang}] page text lengths: ${pages.map((p) => p.replace(/\s+/g, '').length).join(', ')}`,
      );
      expect(pages.length).toBeGreaterThanOrEqual(4);
      for (const page of pages) expect(page.replace(/\s+/g, '').length).toBeGreaterThan(200);
    });
  });
}

test('with a negotiation sheet open, the pack prints the pack; the sheet’s Export PDF then prints the sheet', async ({
  page,
}) => {
  await page.getByRole('link', { name: 'Opportunities' }).click();
  await page.getByRole('cell', { name: PLANT2 }).click();
  await page.getByRole('tab', { name: 'Negotiation' }).click();
  await page.getByRole('button', { name: /^Round 1/ }).click();
  const form = page.getByRole('form', { name: /^Negotiation sheet / });
  await expect(form).toBeVisible();

  const pack = (await pdfPages((await exportPack(page, 'Deal-review pack')).pdf)).join('\n');
  expect(pack).toContain('Deal-review pack');
  expect(pack).not.toContain('Negotiation preparation sheet');

  await form.getByRole('button', { name: 'Export PDF' }).click();
  const sheet = (
    await pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  ).join('\n');
  expect(sheet).toContain('Negotiation preparation sheet');
  expect(sheet).not.toContain('Deal-review pack');
});
