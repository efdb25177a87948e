import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { pdfPages, pdfText } from './pdfText.ts';

type MapPerson = { id: string; name: string; managerId: string | null; version: number };
type Chart = {
  accountId: string;
  people: MapPerson[];
  lines: { fromPersonId: string; toPersonId: string; kind: string; note: string }[];
};

const TEMP = /^(Temp Precision Machinery|天普精密机械)/;

/**
 * The map once laid out and fitted. The layout runs elkjs in a worker that first loads and
 * compiles 1.5 MB of script: a few seconds on an idle machine, measured up to 27 s on this
 * 2-core one under load, hence a longer wait here than elsewhere.
 */
async function mapReady(page: Page): Promise<Locator> {
  const map = page.locator('[data-testid="org-map"][data-ready="true"]');
  await expect(map).toBeVisible({ timeout: 45_000 });
  return map;
}

async function openTempMap(page: Page, mapTab: 'Map' | '组织图'): Promise<Locator> {
  await page.getByRole('cell', { name: TEMP }).click();
  await page.getByRole('tab', { name: mapTab }).click();
  return mapReady(page);
}

const card = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

async function cardAction(page: Page, name: string, action: string): Promise<void> {
  await card(page, name).click();
  await page
    .getByRole('toolbar', { name: `Actions for ${name}` })
    .getByRole('button', { name: action })
    .click();
}

/** Drags one card onto another with real pointer moves, as a user does. */
async function dragOnto(page: Page, from: string, to: string): Promise<void> {
  const a = (await card(page, from).boundingBox())!;
  const b = (await card(page, to).boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

async function tempChart(workbench: { rpc<T>(c: string, i?: unknown): Promise<T> }) {
  const accounts = await workbench.rpc<{ id: string; name: string }[]>('accounts.list', {});
  const temp = accounts.find((a) => TEMP.test(a.name))!;
  return workbench.rpc<Chart>('orgchart.get', { accountId: temp.id });
}

test('map Temp: add a report under a manager and draw an informal influence line; both survive a restart', async ({
  page,
  workbench,
}) => {
  await openTempMap(page, 'Map');
  await expect(card(page, 'Deng Wei')).toBeVisible();

  await cardAction(page, 'Deng Wei', 'Add report');
  const add = page.getByRole('dialog', { name: 'Add a report to Deng Wei' });
  await add.getByRole('textbox', { name: 'Name' }).fill('Lin Hao');
  await add.getByRole('textbox', { name: 'Title' }).fill('Network engineer');
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(card(page, 'Lin Hao')).toBeVisible();

  await cardAction(page, 'Song Lijun', 'Draw influence line');
  await card(page, 'Han Mei').click();
  const line = page.getByRole('dialog', { name: 'New influence line' });
  await line.getByText('Informal organisation', { exact: true }).click();
  await line.getByRole('textbox', { name: 'Note' }).fill('Lunch together every Friday');
  await line.getByRole('button', { name: 'Draw line' }).click();
  await expect(
    page.getByRole('button', { name: 'Informal organisation: Song Lijun to Han Mei' }),
  ).toBeVisible();

  await workbench.restart();
  await openTempMap(page, 'Map');
  await expect(card(page, 'Lin Hao')).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Informal organisation: Song Lijun to Han Mei' }),
  ).toBeVisible();

  const chart = await tempChart(workbench);
  const byName = (name: string) => chart.people.find((p) => p.name === name)!;
  expect(byName('Lin Hao').managerId).toBe(byName('Deng Wei').id);
  expect(chart.lines).toContainEqual(
    expect.objectContaining({
      fromPersonId: byName('Song Lijun').id,
      toPersonId: byName('Han Mei').id,
      kind: 'informal',
      note: 'Lunch together every Friday',
    }),
  );
});

test('drag a card onto another to change its manager, a loop is refused, Ctrl+Z undoes the move', async ({
  page,
  workbench,
}) => {
  await openTempMap(page, 'Map');
  const before = await tempChart(workbench);
  const id = (name: string) => before.people.find((p) => p.name === name)!.id;
  const managerOf = async (name: string) =>
    (await tempChart(workbench)).people.find((p) => p.name === name)!.managerId;

  await dragOnto(page, 'Xu Lei', 'Deng Wei');
  // The app's undo toast tells of the move.
  await expect(
    page.locator('.mantine-Notifications-root').getByText('Person moved.'),
  ).toBeVisible();
  await expect.poll(() => managerOf('Xu Lei')).toBe(id('Deng Wei'));

  // The chairman under one of his own people would be a loop: refused, nothing changes.
  await dragOnto(page, 'Wang Jianguo', 'Deng Wei');
  await expect(page.getByText(/loop/)).toBeVisible();
  expect(await managerOf('Wang Jianguo')).toBeNull();

  await page.keyboard.press('Control+z');
  await expect
    .poll(() => managerOf('Xu Lei'))
    .toBe(before.people.find((p) => p.name === 'Xu Lei')!.managerId);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => managerOf('Xu Lei')).toBe(id('Deng Wei'));
});

for (const { lang, mapTab, names, exportLabel, svgItem, pdfItem, tileLabel } of [
  {
    lang: 'en' as const,
    mapTab: 'Map' as const,
    names: ['Wang Jianguo', 'Deng Wei', 'Yan Zhenyu'],
    exportLabel: 'Export',
    svgItem: 'SVG (vector)',
    pdfItem: 'PDF, A4 landscape',
    tileLabel: /Page(\d+)of(\d+)—row(\d+),column(\d+)/g,
  },
  {
    lang: 'zh-CN' as const,
    mapTab: '组织图' as const,
    names: ['王建国', '邓伟', '严振宇'],
    exportLabel: '导出',
    svgItem: 'SVG（矢量图）',
    pdfItem: 'PDF，A4 横向',
    tileLabel: /第(\d+)页，共(\d+)页（第(\d+)行，第(\d+)列）/g,
  },
]) {
  test.describe(`export in ${lang}`, () => {
    test.use({ lang });

    test(`export the map as SVG and PDF; both hold the people's names, the A4 tiles their page labels in order (${lang})`, async ({
      page,
    }) => {
      await openTempMap(page, mapTab);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: exportLabel, exact: true }).click();
      await page.getByRole('menuitem', { name: svgItem }).click();
      const file = await (await download).path();
      const svg = readFileSync(file, 'utf8');
      expect(svg).toMatch(/^<\?xml[^>]*\?>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      for (const name of names) expect(svg).toContain(name);

      // The browser shell prints through the browser; headless Chromium has no dialog, so the
      // test prints the same print view to PDF itself, as Electron's printToPDF would.
      await page.evaluate(() => (window.print = () => undefined));
      await page.getByRole('button', { name: exportLabel, exact: true }).click();
      await page.getByRole('menuitem', { name: pdfItem }).click();
      await expect(page.locator('.dw-print-map section').first()).toBeAttached();
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const text = await pdfText(pdf);
      for (const name of names)
        expect(text.replace(/\s+/g, '')).toContain(name.replace(/\s+/g, ''));

      // The A4 sheet is tiled: each page says which it is and where its tile lies, in order
      // (row by row, left to right).
      const pages = await pdfPages(pdf);
      expect(pages.length).toBeGreaterThan(1);
      const tiles = pages.map((pageText, index) => {
        const labels = [...pageText.replace(/\s+/g, '').matchAll(tileLabel)];
        expect(labels, `page ${index + 1}: ${pageText}`).toHaveLength(1);
        const [, number, total, row, column] = labels[0]!.map(Number);
        expect([number, total]).toEqual([index + 1, pages.length]);
        return { row: row!, column: column! };
      });
      expect(tiles[0]).toEqual({ row: 1, column: 1 });
      tiles.slice(1).forEach((tile, i) => {
        const previous = tiles[i]!;
        const next =
          tile.row === previous.row
            ? tile.column === previous.column + 1
            : tile.row === previous.row + 1 && tile.column === 1;
        expect(next, `tile ${i + 2} after ${JSON.stringify(previous)}`).toBe(true);
      });
    });
  });
}

test('in deal context, put a person on the committee from the card; Ctrl+Z takes him off again', async ({
  page,
  workbench,
}) => {
  const map = await openTempMap(page, 'Map');
  const chart = await tempChart(workbench);
  const ma = chart.people.find((p) => p.name === 'Ma Guodong')!;
  const deals = await workbench.rpc<{ id: string; name: string }[]>('opportunities.list', {
    accountId: chart.accountId,
  });
  const deal = deals.find((d) => d.name === 'Plant 1 fixture and tooling upgrade')!;
  const stored = async () =>
    (
      await workbench.rpc<{ members: { personId: string; roles: string[]; attitude: string }[] }>(
        'committee.get',
        { opportunityId: deal.id },
      )
    ).members.find((m) => m.personId === ma.id) ?? null;
  expect(await stored()).toBeNull();

  await page.getByRole('combobox', { name: 'Deal context' }).click();
  await page.getByRole('option', { name: 'Plant 1 fixture and tooling upgrade' }).click();
  await expect(map).toBeVisible();
  const face = card(page, 'Ma Guodong').locator('[data-committee]');
  await expect(face).toHaveAttribute('data-committee', 'outside');

  await cardAction(page, 'Ma Guodong', 'Committee');
  const dialog = page.getByRole('dialog', { name: 'Buying committee: Ma Guodong' });
  // The switch can be clicked while the dialog still scales in; check again until it holds.
  const onCommittee = dialog.getByRole('switch', { name: "On this deal's committee" });
  await expect(async () => {
    await onCommittee.check({ force: true, timeout: 2000 });
    await expect(onCommittee).toBeChecked({ timeout: 500 });
  }).toPass();
  await dialog.getByRole('combobox', { name: 'Buying roles' }).click();
  await page.getByRole('option', { name: 'Decision maker' }).click();
  // Esc closes the open role list only, not the dialog.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await dialog.getByText('Supporter', { exact: true }).click();
  await dialog.getByText('High', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await expect(face).toHaveAttribute('data-committee', 'member');
  await expect(face.getByText('Decision maker')).toBeVisible();
  await expect
    .poll(stored)
    .toMatchObject({ personId: ma.id, roles: ['decider'], attitude: 'supporter' });

  await page.keyboard.press('Control+z');
  await expect.poll(stored).toBeNull();
  await expect(face).toHaveAttribute('data-committee', 'outside');
});

for (const { lang, mapTab, person, second } of [
  { lang: 'en' as const, mapTab: 'Map' as const, person: 'Deng Wei', second: 'Zhou Zhiqiang' },
  { lang: 'zh-CN' as const, mapTab: '组织图' as const, person: '邓伟', second: '周志强' },
]) {
  test.describe(`dotted line in ${lang}`, () => {
    test.use({ lang });

    test(`the dotted line joins ${person} and ${second}, through no other card (${lang})`, async ({
      page,
    }) => {
      await openTempMap(page, mapTab);
      const ends = await page.evaluate(() => {
        return [...document.querySelectorAll('.react-flow__edge[data-id^="d:"] path')]
          .filter((p) => p.getAttribute('d')?.startsWith('M'))
          .map((p) => {
            const path = p as SVGPathElement;
            const m = path.getScreenCTM()!;
            const at = (l: number) => {
              const q = path.getPointAtLength(l);
              return { x: m.a * q.x + m.c * q.y + m.e, y: m.b * q.x + m.d * q.y + m.f };
            };
            const length = path.getTotalLength();
            const samples = Array.from({ length: 41 }, (_, i) => at((length * i) / 40));
            return {
              label: path.closest('.react-flow__edge')!.getAttribute('aria-label'),
              samples,
            };
          });
      });
      expect(ends.length).toBeGreaterThan(0);
      const line = ends.find((e) => e.label?.includes(person) && e.label.includes(second))!;
      expect(line).toBeTruthy();
      const boxOf = async (name: string) => (await card(page, name).boundingBox())!;
      const near = (
        p: { x: number; y: number },
        b: { x: number; y: number; width: number; height: number },
      ) =>
        p.x >= b.x - 3 && p.x <= b.x + b.width + 3 && p.y >= b.y - 3 && p.y <= b.y + b.height + 3;
      expect(near(line.samples[0]!, await boxOf(second))).toBe(true);
      expect(near(line.samples.at(-1)!, await boxOf(person))).toBe(true);
      // No sample of the line lies inside another card.
      const others = await page.locator('.react-flow__node-card').evaluateAll((nodes) =>
        nodes.map((n) => ({
          name: n.getAttribute('aria-label'),
          box: n.getBoundingClientRect().toJSON() as DOMRect,
        })),
      );
      for (const other of others.filter((o) => o.name !== person && o.name !== second)) {
        const b = other.box;
        const inside = line.samples.some(
          (p) =>
            p.x > b.x + 2 && p.x < b.x + b.width - 2 && p.y > b.y + 2 && p.y < b.y + b.height - 2,
        );
        expect(inside, `${other.name}`).toBe(false);
      }
    });
  });
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const { lang, legend } of [
  { lang: 'en' as const, legend: 'Legend' },
  { lang: 'zh-CN' as const, legend: '图例' },
]) {
  test.describe(`map overlays in ${lang}`, () => {
    test.use({ lang });

    test(`at 1280×800 and 1440×900 the legend, minimap and controls cover no card of any demo map (${lang})`, async ({
      page,
      workbench,
    }) => {
      test.setTimeout(300_000);
      const accounts = await workbench.rpc<{ id: string; name: string }[]>('accounts.list', {});
      expect(accounts.length).toBeGreaterThan(1);
      let checked = 0;
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 1440, height: 900 },
      ]) {
        await page.setViewportSize(viewport);
        for (const account of accounts) {
          // Through the list, so that each map is opened afresh and gets its first fit.
          await page.evaluate(() => (location.hash = '#/accounts'));
          await expect(page.locator('[data-testid="org-map"]')).toHaveCount(0);
          await page.evaluate((id) => (location.hash = `#/accounts/${id}/map`), account.id);
          const map = await mapReady(page);
          const overlays = [
            map.locator('.react-flow__controls'),
            map.locator('.react-flow__minimap'),
            map.getByRole('region', { name: legend, exact: true }),
          ];
          const boxes = await Promise.all(overlays.map(async (o) => (await o.boundingBox())!));
          expect(boxes.every(Boolean)).toBe(true);
          const cards = await map.locator('.react-flow__node-card').evaluateAll((nodes) =>
            nodes.map((n) => ({
              name: n.getAttribute('aria-label'),
              box: n.getBoundingClientRect().toJSON() as Box,
            })),
          );
          for (const c of cards) {
            for (const box of boxes) {
              expect(overlaps(c.box, box), `${account.name} ${viewport.width}: ${c.name}`).toBe(
                false,
              );
            }
          }
          checked += cards.length;
        }
      }
      expect(checked).toBeGreaterThan(20);
    });
  });
}

for (const { lang, mapTab, anyLine, kinds } of [
  {
    lang: 'en' as const,
    mapTab: 'Map' as const,
    anyLine: /^Informal organisation: /,
    kinds: [
      'Formal organisation',
      'Informal organisation',
      'Personal relationship',
      'Outside the organisation',
    ],
  },
  {
    lang: 'zh-CN' as const,
    mapTab: '组织图' as const,
    anyLine: /^非正式组织：/,
    kinds: ['正式组织', '非正式组织', '私人关系', '外部关系'],
  },
]) {
  test.describe(`line dialog in ${lang}`, () => {
    test.use({ lang });

    test(`at 1280×800 and 1440×900 every choice of the line dialog shows in full and can be chosen (${lang})`, async ({
      page,
    }) => {
      await openTempMap(page, mapTab);
      for (const viewport of [
        { width: 1440, height: 900 },
        { width: 1280, height: 800 },
      ]) {
        await page.setViewportSize(viewport);
        await page.getByRole('button', { name: anyLine }).first().focus();
        await page.keyboard.press('Enter');
        const dialog = page.getByRole('dialog');
        await expect(dialog.getByRole('radio', { name: kinds[0], exact: true })).toBeAttached();
        // Each choice's text, measured whole (a Range is not clipped), lies inside the box that
        // shows it and inside the dialog.
        const cut = await dialog.evaluate((root) => {
          const outer = root.querySelector('section') ?? root;
          const box = outer.getBoundingClientRect();
          return [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].flatMap(
            (input) => {
              const label = root.querySelector<HTMLElement>(
                `label[for="${CSS.escape(input.id)}"]`,
              )!;
              const range = document.createRange();
              range.selectNodeContents(label);
              const text = range.getBoundingClientRect();
              const shown = label.getBoundingClientRect();
              const inside = (r: DOMRect, b: DOMRect) =>
                r.left >= b.left - 1 &&
                r.right <= b.right + 1 &&
                r.top >= b.top - 1 &&
                r.bottom <= b.bottom + 1;
              return inside(text, shown) &&
                inside(text, box) &&
                label.scrollWidth <= label.clientWidth + 1
                ? []
                : [label.textContent];
            },
          );
        });
        expect(cut, `${viewport.width}×${viewport.height}`).toEqual([]);
        for (const kind of kinds) {
          await dialog.getByText(kind, { exact: true }).click();
          await expect(dialog.getByRole('radio', { name: kind, exact: true })).toBeChecked();
        }
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
    });
  });
}
