// One accessibility check for every page the specs visit: no axe violation of any impact.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Runs axe (WCAG 2.x A/AA and best practices) on the page as it is now; `exclude` skips selectors we do not own. */
export async function expectNoAxeViolations(page: Page, exclude: string[] = []) {
  let builder = new AxeBuilder({ page });
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.impact ?? "?"} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
  // Soft: one run lists every page's violations, and the test still fails.
  expect.soft(summary, `axe violations on ${page.url()}`).toEqual([]);
}
