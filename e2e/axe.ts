import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

type ContrastData = { fgColor?: string; bgColor?: string; contrastRatio?: number };

/**
 * The critical and serious accessibility violations axe-core finds in `selector` (the screen or
 * dialog a test is on), one line each with up to three of the elements (and, for contrast, their
 * colours): an empty list passes.
 */
export async function seriousA11yViolations(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => {
      const nodes = v.nodes.slice(0, 3).map((n) => {
        const data = n.any[0]?.data as ContrastData | undefined;
        const colours = data?.contrastRatio
          ? ` [${data.fgColor} on ${data.bgColor}: ${data.contrastRatio}]`
          : '';
        return `${n.target.join(' ')}${colours}`;
      });
      return `${v.id} (${v.impact}): ${nodes.join(' | ')}`;
    });
}
