// An axe-core audit of what a page shows now, in the light and the dark theme: fails the test on any
// serious or critical finding, naming the rule and the elements so the message says what to fix.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { expect } from 'vitest';

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);
const AXE_SOURCE: string = (createRequire(__filename)('axe-core') as { source: string }).source;

/** Light gets every rule; dark only the rules about colour, as the page is the same but for its colours (and axe takes seconds). */
const PASSES = [
  { scheme: 'light', options: { resultTypes: ['violations'] } },
  { scheme: 'dark', options: { resultTypes: ['violations'], runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } } },
] as const;

/** Audits the page as it stands, in both themes, and puts the page back in the theme it was in. */
export async function expectNoSeriousAxeFindings(page: Page, place: string): Promise<void> {
  const wasDark = await page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches);
  // Evaluated rather than added as a <script>: the app's CSP rightly refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const findings: string[] = [];
  for (const { scheme, options } of PASSES) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForFunction((dark) => window.matchMedia('(prefers-color-scheme: dark)').matches === dark, scheme === 'dark');
    const results = await page.evaluate(async (runOptions) => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
      return axe.run(document, runOptions);
    }, options);
    findings.push(...results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? '')).map((violation) => summarise(scheme, violation)));
  }
  await page.emulateMedia({ colorScheme: wasDark ? 'dark' : 'light' });
  expect(findings.join('\n'), `axe-core: serious or critical findings in ${place}`).toBe('');
}

function summarise(scheme: string, violation: Result): string {
  const targets = violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} (${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''})`);
  const more = violation.nodes.length > 5 ? ` and ${violation.nodes.length - 5} more` : '';
  return `[${scheme}] ${violation.impact} ${violation.id}: ${violation.help} — ${targets.join('; ')}${more}`;
}
