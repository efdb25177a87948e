import { test, expect } from './fixtures.ts';

test('a record created through POST /rpc with the token appears in the UI; without it nothing is written', async ({
  page,
  request,
  workbench,
}) => {
  const { origin, token } = workbench.shell;
  const url = `${origin}/rpc/accounts.create`;
  const data = { name: 'Wuxi Huaguang Instruments', grade: 'B', industry: 'Instruments' };

  const noToken = await request.post(url, { data });
  expect(noToken.status()).toBe(401);
  expect((await noToken.json()).error.code).toBe('unauthorized');

  const foreign = await request.post(url, {
    data,
    headers: { Authorization: `Bearer ${token}`, Origin: 'http://evil.example' },
  });
  expect(foreign.status()).toBe(403);

  const invalid = await request.post(url, {
    data: { ...data, grade: 'E' },
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).error.issues[0]).toMatchObject({
    path: ['grade'],
    code: 'invalid_option',
  });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Wuxi Huaguang Instruments' })).toHaveCount(0);

  const created = await request.post(url, { data, headers: { Authorization: `Bearer ${token}` } });
  expect(created.status()).toBe(200);
  expect(await created.json()).toMatchObject({ name: data.name, grade: 'B', version: 1 });

  await page.reload();
  await expect(page.getByRole('cell', { name: 'Wuxi Huaguang Instruments' })).toBeVisible();
});

test('the built page carries the CSP as a meta too, and an inline script is refused', async ({
  page,
}) => {
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', /^default-src 'self'; .*object-src 'none'/);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});
