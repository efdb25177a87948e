import { seriousA11yViolations } from './axe.ts';
import { test, expect } from './fixtures.ts';

// The desktop app sends an account's website to the system browser (electron/main.ts, tested by
// its stand-in); in the browser shell the same link opens a new tab, with no handle on the app.
test('the account’s website opens in a new tab, not in place of the app', async ({
  page,
  context,
}) => {
  // No network here: the site answers from the test.
  await context.route('https://www.temp-pm.com.cn/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Temp site</title>' }),
  );
  await page.getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('cell', { name: /^Temp Precision Machinery/ }).click();
  const link = page.getByRole('link', { name: 'www.temp-pm.com.cn' });
  await expect(link).toHaveAttribute('target', '_blank');
  const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await expect(popup).toHaveURL('https://www.temp-pm.com.cn/');
  await expect(popup).toHaveTitle('Temp site');
  // noopener: the site cannot reach back into the app's window.
  expect(await popup.evaluate(() => window.opener)).toBeNull();
  // The app stays where it was.
  await expect(page).toHaveURL(/#\/accounts\/[^/]+$/);
});

// Help → About in the desktop app; the browser shell opens the same dialog by its window event.
test('the About dialog names the app, its version and the open workspace, in both languages', async ({
  page,
}) => {
  await page.evaluate(() => window.dispatchEvent(new Event('dw:show-about')));
  const about = page.getByRole('dialog', { name: 'About Deal Workbench' });
  await expect(about).toContainText(/Version \d+\.\d+\.\d+/);
  await expect(about).toContainText(/Open workspace: .+\.sqlite/);
  await expect(about).toContainText('All rights reserved.');
  expect(await seriousA11yViolations(page, '[role="dialog"]')).toEqual([]);
  await about.getByRole('button', { name: 'Close' }).click();
  await expect(about).toBeHidden();

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('link', { name: '客户' }).first()).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('dw:show-about')));
  const zh = page.getByRole('dialog', { name: '关于大客户销售工作台' });
  await expect(zh).toContainText(/版本 \d+\.\d+\.\d+/);
  await expect(zh).toContainText('保留所有权利。');
  expect(await seriousA11yViolations(page, '[role="dialog"]')).toEqual([]);
});
