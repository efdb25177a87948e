import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { pdfPageCount, pdfText } from './pdfText.ts';

async function openDealTab(page: Page, deal: RegExp, tab: RegExp) {
  await page.getByRole('link', { name: /^(Opportunities|项目)$/ }).click();
  await page.getByRole('cell', { name: deal }).click();
  await page.getByRole('tab', { name: tab }).click();
}

/**
 * Export PDF as a user clicks it, then the PDF Electron's printToPDF would make of the page. In
 * the browser shell Export PDF calls window.print(), which headless Chromium never shows: it is
 * stubbed, and page.pdf() prints what the print dialog would (the @page size of the sheet).
 */
async function exportPdf(page: Page, form: ReturnType<Page['getByRole']>, label: string) {
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  const button = form.getByRole('button', { name: label });
  await button.click();
  await expect(button).not.toHaveAttribute('data-loading');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  return { text: await pdfText(pdf), pages: await pdfPageCount(pdf) };
}

test('fill a sheet with two issues and a concession pair: a walk-away better than the target is refused; it survives a restart; the PDF is one page with the issues, the concession and the limits', async ({
  page,
  workbench,
}) => {
  await openDealTab(page, /^Plant 1 fixture and tooling upgrade$/, /^Negotiation$/);
  await page.getByRole('button', { name: 'New sheet' }).click();
  let form = page.getByRole('form', { name: /^Negotiation sheet / });
  await expect(form).toBeVisible();
  await form.getByRole('textbox', { name: 'Sheet title' }).fill('Round 1 pricing');
  form = page.getByRole('form', { name: 'Negotiation sheet Round 1 pricing' });

  // A new sheet lists the built-in issues: keep Price and Payment terms.
  const issues = form.getByRole('table', { name: 'Issues' });
  await expect(issues.getByText('Price', { exact: true })).toBeVisible();
  while ((await issues.getByRole('button', { name: /^Issues: Remove row/ }).count()) > 2) {
    await issues.getByRole('button', { name: 'Issues: Remove row 3' }).click();
  }
  await expect(issues.getByRole('row')).toHaveCount(3);

  await issues.getByRole('combobox', { name: 'Our priority: Price' }).selectOption('High');
  await issues.getByRole('combobox', { name: 'Their likely priority: Price' }).selectOption('High');
  await issues.getByRole('combobox', { name: 'Better is: Price' }).selectOption('Higher is better');
  await issues.getByRole('textbox', { name: 'Our opening: Price' }).fill('List price, CNY 1.9M');
  await issues.getByRole('textbox', { name: 'Opening value: Price' }).fill('1900000');
  await issues.getByRole('textbox', { name: 'Our limit: Price', exact: true }).fill('1750000');
  await issues.getByRole('textbox', { name: 'Note on our limit: Price' }).fill('Floor CNY 1.75M');
  await issues
    .getByRole('combobox', { name: 'Our priority: Payment terms' })
    .selectOption('Medium');
  await issues
    .getByRole('combobox', { name: 'Their likely priority: Payment terms' })
    .selectOption('High');
  await issues
    .getByRole('textbox', { name: 'Our opening: Payment terms' })
    .fill('30% advance, 60% on delivery');
  await issues
    .getByRole('textbox', { name: 'Note on our limit: Payment terms' })
    .fill('No less than 20% advance');

  await form.getByRole('button', { name: 'Add concession' }).click();
  await form.getByRole('combobox', { name: 'Give on, row 1' }).selectOption('Price');
  await form.getByRole('textbox', { name: 'We give, row 1' }).fill('Three percent off list');
  await form.getByRole('combobox', { name: 'Get on, row 1' }).selectOption('Payment terms');
  await form.getByRole('textbox', { name: 'We get, row 1' }).fill('Advance raised to 40 percent');

  await form.getByRole('button', { name: 'Add objective' }).click();
  await form.getByRole('textbox', { name: 'Term, row 1' }).fill('Contract price');
  await form.getByRole('textbox', { name: 'Ideal, row 1' }).fill('1900000');
  await form.getByRole('textbox', { name: 'Target, row 1' }).fill('1800000');
  // Better than the target: refused at the field, and Save sends nothing.
  const walkAway = form.getByRole('textbox', { name: 'Walk-away, row 1' });
  await walkAway.fill('1850000');
  await expect(
    form.getByText('The walk-away point cannot be better than the target.'),
  ).toBeVisible();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Unsaved changes')).toBeVisible();
  const [created, ...others] = await workbench.rpc<{ id: string }[]>('negotiations.list', {
    opportunityId: await opportunityIdFromUrl(page),
  });
  expect(others).toEqual([]);
  const stored = await workbench.rpc<{
    title: string;
    objectives: unknown[];
    concessions: unknown[];
  }>('negotiations.get', { id: created!.id });
  expect(stored).toMatchObject({ objectives: [], concessions: [] });
  expect(stored.title).not.toBe('Round 1 pricing');

  await walkAway.fill('1750000');
  await expect(
    form.getByText('The walk-away point cannot be better than the target.'),
  ).toBeHidden();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Saved', { exact: true })).toBeVisible();

  await workbench.restart();
  await openDealTab(page, /^Plant 1 fixture and tooling upgrade$/, /^Negotiation$/);
  await page.getByRole('button', { name: 'Round 1 pricing' }).click();
  await expect(form).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Note on our limit: Price' })).toHaveValue(
    'Floor CNY 1.75M',
  );
  await expect(form.getByRole('textbox', { name: 'Our limit: Price', exact: true })).toHaveValue(
    /1,?750,?000/,
  );
  await expect(form.getByRole('textbox', { name: 'We give, row 1' })).toHaveValue(
    'Three percent off list',
  );
  await expect(form.getByRole('textbox', { name: 'Walk-away, row 1' })).toHaveValue(/1,?750,?000/);
  await expect(form.getByRole('table', { name: 'Issues' }).getByRole('row')).toHaveCount(3);

  // The on-screen print layout and the PDF.
  await form.getByRole('button', { name: 'Print preview' }).click();
  await expect(form.getByRole('region', { name: 'Print layout' })).toContainText(
    'Three percent off list',
  );
  const { text: raw, pages } = await exportPdf(page, form, 'Export PDF');
  expect(pages).toBe(1);
  // Table cells wrap: one space for every run of white space.
  const text = raw.replace(/\s+/g, ' ');
  for (const expected of [
    'Round 1 pricing',
    'Price',
    'Payment terms',
    'Three percent off list',
    'Advance raised to 40 percent',
    'Floor CNY 1.75M',
    '1,750,000',
    'No less than 20% advance',
    'Contract price',
  ]) {
    expect(text).toContain(expected);
  }
});

test('a limit of 7000000 typed as the limit warns at once of a concession past it, and the print says so', async ({
  page,
}) => {
  await openDealTab(page, /^Plant 1 fixture and tooling upgrade$/, /^Negotiation$/);
  await page.getByRole('button', { name: 'New sheet' }).click();
  const form = page.getByRole('form', { name: /^Negotiation sheet / });
  const issues = form.getByRole('table', { name: 'Issues' });

  // One limit per issue; "better is" is asked right there, since past the limit depends on it.
  await issues.getByRole('textbox', { name: 'Our limit: Price', exact: true }).fill('7000000');
  const askDirection = issues.getByText(
    'Say whether higher or lower is better, so that a concession past the limit is noticed.',
  );
  await expect(askDirection).toBeVisible();
  await issues.getByRole('combobox', { name: 'Better is: Price' }).selectOption('Higher is better');
  await expect(askDirection).toBeHidden();

  await form.getByRole('button', { name: 'Add concession' }).click();
  await form.getByRole('combobox', { name: 'Give on, row 1' }).selectOption('Price');
  await form.getByRole('textbox', { name: 'We give, row 1' }).fill('Discount to 6.5 M');
  const moveTo = form.getByRole('textbox', { name: 'Value we move to, row 1' });
  await moveTo.fill('7000000');
  const warning = form.getByTestId('concession-warning-0');
  await expect(warning).toBeHidden();
  await moveTo.fill('6500000');
  // At once, before any save.
  await expect(warning).toHaveText('Beyond the limit of Price (7,000,000)');
  await expect(form.getByText('1 concession beyond the limit')).toBeVisible();

  await form.getByRole('button', { name: 'Print preview' }).click();
  await expect(form.getByRole('region', { name: 'Print layout' })).toContainText(
    '⚠ beyond our limit of 7,000,000',
  );
  const { text } = await exportPdf(page, form, 'Export PDF');
  expect(text.replace(/\s+/g, ' ')).toContain('beyond our limit of 7,000,000');
});

test('scrolling a sheet, the sticky toolbar never covers a table’s column headings', async ({
  page,
}) => {
  await openDealTab(page, /^Plant 2 valve-body machining line equipment$/, /^Negotiation$/);
  await page.getByRole('button', { name: /^Round 1/ }).click();
  const form = page.getByRole('form', { name: /^Negotiation sheet / });
  const toolbar = form.getByTestId('negotiation-toolbar');
  await expect(toolbar).toBeVisible();

  for (const [name, heading] of [
    ['Issues', 'Their likely priority'],
    ['Concession plan', 'Value we move to'],
  ] as const) {
    const table = form.getByRole('table', { name });
    const header = table.getByRole('columnheader', { name: heading });
    const bar = (await toolbar.boundingBox())!;
    // Wheel the page until the table's top has gone under the toolbar, its rows still in view.
    await page.mouse.move(bar.x + bar.width / 2, bar.y + 300);
    const tableTop = async () => (await table.boundingBox())!.y;
    for (let i = 0; i < 40 && (await tableTop()) > bar.y; i++) {
      await page.mouse.wheel(0, Math.min(150, (await tableTop()) - bar.y + 5));
    }
    const box = (await table.boundingBox())!;
    expect(box.y).toBeLessThan(bar.y);
    expect(box.y + box.height).toBeGreaterThan(bar.y + bar.height + 40);

    const cell = (await header.boundingBox())!;
    expect(cell.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
    const visible = await header.evaluate(
      (th, [x, y]) => th.contains(document.elementFromPoint(x!, y!)),
      [cell.x + cell.width / 2, cell.y + cell.height / 2],
    );
    expect(visible, `“${heading}” is not covered`).toBe(true);
  }
});

test.describe('in Chinese', () => {
  test.use({ lang: 'zh-CN' });

  test('the demo’s Plant 2 sheet exports a one-page PDF with its issues and the customer’s attendees', async ({
    page,
  }) => {
    await openDealTab(page, /^二厂阀体加工线设备采购$/, /^谈判$/);
    await page.getByRole('button', { name: '第一轮商务谈判：价格、付款与交期' }).click();
    const form = page.getByRole('form', { name: /第一轮商务谈判：价格、付款与交期$/ });
    await expect(form).toBeVisible();
    await expect(form.getByText('马国栋').first()).toBeVisible();
    // The browser's own print command (Ctrl+P) prints the same sheet, without Export PDF.
    const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(await pdfPageCount(printed)).toBe(1);
    const { text: raw, pages } = await exportPdf(page, form, '导出 PDF');
    expect(raw).toBe(await pdfText(printed));
    expect(pages).toBe(1);
    // Chinese wraps anywhere: no white space at all.
    const text = raw.replace(/\s+/g, '');
    for (const expected of ['第一轮商务谈判', '价格', '付款条件', '马国栋']) {
      expect(text).toContain(expected);
    }
  });
});

/** The deal's id from the hash route #/opportunities/ID/… */
async function opportunityIdFromUrl(page: Page): Promise<string> {
  const match = /#\/opportunities\/([^/]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on a deal page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}
