import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

// Issue 12: the server says what a write changed and every view showing it refreshes. A stage
// moved on the deal page shows at once on the forecast, the review queue and the quadrant,
// though they were opened (and cached) before the move and the page is never reloaded.

const NORDALE_DEAL = 'Five-axis machining cell for tibial trays';

/** Counts the renderer's reads of one channel, to see a cached view read again. */
function countReads(page: Page, channel: string): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.url().endsWith(`/rpc/${channel}`)) count += 1;
  });
  return () => count;
}

test('a stage moved on the deal page refreshes the forecast, the review queue and the quadrant without a reload', async ({
  page,
}) => {
  const quadrantReads = countReads(page, 'evaluation.quadrant');
  // A mark on the page's window: a reload would lose it.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));

  // Open the three views first, so their answers are cached.
  await page.getByRole('link', { name: /^Forecast$/ }).click();
  const forecast = page.getByRole('table', { name: 'Forecast by period, USD' });
  // The deal is the only one in US dollars: $1,380,000 at 40%.
  const quarter = forecast.getByRole('row', { name: /^Q2 2027/ });
  await expect(quarter).toContainText('$552,000');

  await page.getByRole('tab', { name: 'Review queue' }).click();
  const queue = page.getByRole('table', { name: 'Review queue' });
  const dealInQueue = queue.getByRole('row', { name: new RegExp(`^${NORDALE_DEAL}`) });
  await expect(dealInQueue.locator('td:nth-child(4)')).toContainText([
    'Committee and stage unchanged for 175 days',
  ]);

  await page.getByRole('link', { name: 'Evaluation', exact: true }).click();
  const quadrant = page.getByRole('table', {
    name: 'Open deals by attractiveness and feasibility',
  });
  await expect(quadrant.getByRole('row', { name: new RegExp(NORDALE_DEAL) })).toBeVisible();
  const quadrantReadsBefore = quadrantReads();

  // Move the deal to its next stage on the deal page (past unmet criteria, with a reason).
  await page.getByRole('link', { name: /^Opportunities$/ }).click();
  await page.getByRole('cell', { name: NORDALE_DEAL }).click();
  await page.getByRole('tab', { name: 'Stage' }).click();
  await page
    .getByRole('button', { name: 'Move to next stage: Needs analysis and formal proposal' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Move past unmet exit criteria?' });
  await dialog
    .getByRole('textbox', { name: 'Reason for moving on anyway' })
    .fill('The customer asked for the proposal by phone');
  await dialog.getByRole('button', { name: 'Move anyway' }).click();
  await expect(
    page.getByRole('heading', { name: 'Current stage: Needs analysis and formal proposal' }),
  ).toBeVisible();

  // Back on the quadrant at once: its cached answer was refreshed, not shown stale.
  await page.getByRole('link', { name: 'Evaluation', exact: true }).click();
  await expect(quadrant.getByRole('row', { name: new RegExp(NORDALE_DEAL) })).toBeVisible();
  await expect.poll(quadrantReads).toBeGreaterThan(quadrantReadsBefore);

  // The forecast weighs the deal at the new stage's 50%.
  await page.getByRole('link', { name: /^Forecast$/ }).click();
  await expect(quarter).toContainText('$690,000');

  // The deal's stage changed today: it has left the review queue.
  await page.getByRole('tab', { name: 'Review queue' }).click();
  await expect(queue.getByRole('row').nth(1)).toBeVisible();
  await expect(dealInQueue).toHaveCount(0);

  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
});
