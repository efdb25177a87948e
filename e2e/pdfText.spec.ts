// A plain Playwright test: it needs a page, not the app, so it skips the workbench fixture.
import { expect, test } from '@playwright/test';
import { ideographsForRadicals, pdfText } from './pdfText.ts';

test('a printed PDF keeps its Chinese and English text, and pdfText reads both', async ({
  page,
}) => {
  await page.setContent(`<!doctype html>
    <html lang="zh-CN">
      <head><meta charset="utf-8"><title>评审</title></head>
      <body style="font-family: sans-serif">
        <h1>华东电力 · 客户组织图</h1>
        <p>张伟 工厂经理</p>
        <p lang="en">Zhang Wei, Plant Manager</p>
        <div style="break-before: page">第二页：李娜 采购总监</div>
      </body>
    </html>`);

  const pdf = await page.pdf({ format: 'A4', landscape: true });
  const text = await pdfText(pdf);

  expect(text).toContain('张伟 工厂经理');
  expect(text).toContain('Zhang Wei, Plant Manager');
  expect(text).toContain('华东电力 · 客户组织图');
  // Chromium's text layer names many characters by their radicals (⼯⼚ for 工厂): none left.
  expect(text).not.toMatch(/[\u2E80-\u2FDF]/);
  // Every page, not only the first.
  expect(text).toContain('第二页：李娜 采购总监');
});

test('radicals in a text layer come back as the ideographs a reader sees', () => {
  // Kangxi radicals (⼯⼚⼾), the supplement (⻚⻔), and one beyond the BMP (⺇ → 𠘨).
  expect(ideographsForRadicals('⼯⼚ 客⼾ 第⼆⻚ ⻔ ⺇ Plant Manager：')).toBe(
    '工厂 客户 第二页 门 𠘨 Plant Manager：',
  );
});
