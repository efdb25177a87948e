import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** Relative luminance (WCAG) of a CSS colour as the browser computes it: 0 black … 1 white. */
function luminance(css: string): number {
  const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The background an element shows: its own, or the first ancestor's that is not transparent. */
async function shownBackground(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    for (let e: Element | null = element; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
    }
    return 'rgb(255, 255, 255)';
  });
}

const scheme = (page: Page) => page.locator('html').getAttribute('data-mantine-color-scheme');

test('dark mode: chosen in Settings, kept after a restart, dark on lists, the map and charts; System follows the OS; printing is light', async ({
  page,
  workbench,
}) => {
  test.setTimeout(240_000);
  // The browser says the OS is light: System (the default) shows light.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
  expect(await scheme(page)).toBe('light');

  await page.getByRole('link', { name: 'Settings' }).click();
  const appearance = page.getByRole('radiogroup', { name: 'Appearance' });
  await appearance.getByText('Dark', { exact: true }).click();
  await expect(page.getByText('Appearance saved')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');

  await workbench.restart();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  const body = page.locator('body');
  expect(luminance(await shownBackground(body))).toBeLessThan(0.05);
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  expect(luminance(await shownBackground(navigation))).toBeLessThan(0.05);

  // Accounts: the table, its header and its text.
  const table = page.getByRole('table', { name: 'Accounts' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  expect(luminance(await shownBackground(table.getByRole('columnheader').first()))).toBeLessThan(
    0.05,
  );
  expect(
    luminance(
      await table
        .locator('td')
        .first()
        .evaluate((e) => getComputedStyle(e).color),
    ),
  ).toBeGreaterThan(0.4);
  await page.screenshot({ path: '/tmp/dark-accounts.png' });

  // The account map: React Flow's pane and the cards are dark.
  await table.getByRole('cell', { name: /^Temp Precision Machinery/ }).click();
  await page.getByRole('tab', { name: 'Map' }).click();
  const map = page.locator('[data-testid="org-map"][data-ready="true"]');
  await expect(map).toBeVisible({ timeout: 45_000 });
  expect(luminance(await shownBackground(map.locator('.react-flow__pane')))).toBeLessThan(0.05);
  const card = map.getByRole('group', { name: 'Deng Wei', exact: true });
  expect(luminance(await shownBackground(card.locator(':scope > div').first()))).toBeLessThan(0.05);
  await page.screenshot({ path: '/tmp/dark-map.png' });

  // The forecast: the chart has no background of its own and light text.
  await page.getByRole('link', { name: 'Forecast' }).click();
  const chart = page.getByTestId('forecast-chart').first();
  await expect(chart.locator('svg text').first()).toBeVisible();
  expect(luminance(await shownBackground(chart.locator('svg')))).toBeLessThan(0.05);
  const fills = await chart
    .locator('svg text')
    .evaluateAll((texts) => texts.map((t) => getComputedStyle(t).fill));
  expect(fills.length).toBeGreaterThan(0);
  for (const fill of fills) expect(luminance(fill)).toBeGreaterThan(0.3);
  await page.screenshot({ path: '/tmp/dark-forecast.png' });

  // Paper stays light: while the browser prints, the page is light, and dark again after.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await scheme(page)).toBe('light');
  expect(luminance(await shownBackground(body))).toBeGreaterThan(0.9);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  expect(await scheme(page)).toBe('dark');

  // System follows the OS as it changes.
  await page.getByRole('link', { name: 'Settings' }).click();
  await appearance.getByText('System', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
});

test('深色模式在设置中可选', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('link', { name: '设置' }).click();
  const appearance = page.getByRole('radiogroup', { name: '外观' });
  await appearance.getByText('深色', { exact: true }).click();
  await expect(page.getByText('外观已保存')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await appearance.getByText('浅色', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
});
