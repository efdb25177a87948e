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
