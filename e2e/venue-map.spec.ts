// The arena: the venue overview first (no seat buttons until a section is chosen), a section's seats, and the hold,
// by touch on a phone and by keyboard on a desktop; best available from the overview.
import { expect, test } from "@playwright/test";
import { availableSeats, expectSeatState, openShow, screenshot, seat } from "./support";

const ARENA = "/shows/arena-tour";
const seatButtons = /^Row \S+ seat \d+,/;

test("on a phone: overview, tap a section, tap a seat, hold from the sticky bar", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await openShow(page, ARENA);
  await expect(page.getByRole("button", { name: seatButtons })).toHaveCount(0);
  await screenshot(page, "arena-overview-phone");

  await page.getByRole("button", { name: /^Section East stand, [\d,]+ of 1,000 available, €49–€69$/ }).tap();
  await expect(page.getByTestId("open-section")).toBeFocused();
  await expect(page.getByTestId("open-section")).toContainText("East stand");
  const [seatId] = (await availableSeats(page, 1, 3)) as [string];
  await seat(page, seatId).tap();
  await expectSeatState(page, seatId, "selected");

  // The bar is on screen while picking, whatever the scroll.
  const bar = page.getByTestId("hold-bar");
  await expect(bar).toContainText("1 seat");
  await expect(bar).toBeInViewport();
  await screenshot(page, "arena-section-phone");

  await page.getByRole("button", { name: "All sections" }).tap();
  await expect(page.getByRole("button", { name: /^Section East stand, .*, 1 chosen$/ })).toBeVisible();
  await page.getByRole("button", { name: "Hold 1 seat" }).tap();
  await expect(page).toHaveURL(/\/checkout\//);
});

test("on a desktop: best available from the overview, then a section and a seat by keyboard alone", async ({ page }) => {
  await openShow(page, ARENA);
  await page.getByRole("button", { name: "Find seats" }).click();
  await expect(page.getByRole("button", { name: "All sections" })).toBeVisible();
  await expect(page.getByRole("button", { name: /, selected$/ })).toHaveCount(2);
  await page.getByRole("button", { name: "All sections" }).click();
  await expect(page.getByRole("button", { name: /^Section .*, 2 chosen$/ })).toBeVisible();

  const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  for (let i = 0; i < 10 && !(await focused()).startsWith("Section South stand"); i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("open-section")).toBeFocused();
  await expect(page.getByTestId("open-section")).toContainText("South stand");
  for (let i = 0; i < 10 && !seatButtons.test(await focused()); i++) await page.keyboard.press("Tab");
  for (let step = 0; step < 60 && !(await focused()).endsWith(", available"); step++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect.poll(focused).toMatch(/, selected$/);

  await page.getByRole("button", { name: "Hold 3 seats" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/checkout\//);
});
