import { expect, test } from "@playwright/test";
import { availableSeats, expectSeatState, openShow, screenshot, seat, THEATRE } from "./support";

test("seats can be chosen and held with the keyboard alone", async ({ page }) => {
  await openShow(page);
  // Tab into the map: one seat is in the tab order (roving focus), arrows move between seats.
  const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  for (let i = 0; i < 40 && !/^Row \S+ seat \d+,/.test(await focusedLabel()); i++) await page.keyboard.press("Tab");
  expect(await focusedLabel()).toMatch(/^Row \S+ seat \d+,/);

  let picked = 0;
  for (let step = 0; step < 150 && picked < 2; step++) {
    if ((await focusedLabel()).endsWith(", available")) {
      await page.keyboard.press("Enter");
      await expect.poll(focusedLabel).toMatch(/, selected$/);
      picked += 1;
    }
    await page.keyboard.press("ArrowRight");
    if (step % 14 === 13) await page.keyboard.press("ArrowDown");
  }
  expect(picked).toBe(2);
  await expect(page.getByRole("button", { name: "Hold 2 seats" })).toBeVisible();
  await page.getByRole("button", { name: "Hold 2 seats" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/checkout\//);
});

test("the show page works at a 390-pixel phone width without sideways scrolling", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await openShow(page, THEATRE);
  await screenshot(page, "show-phone");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Hamlet's 15-seat rows are wider than the phone: the map says it scrolls sideways.
  await expect(page.getByTestId("scroll-hint")).toBeVisible();
  const [seatId] = (await availableSeats(page, 1, 5)) as [string];
  await seat(page, seatId).tap();
  await expectSeatState(page, seatId, "selected");
  await page.getByRole("button", { name: "Hold 1 seat" }).tap();
  await expect(page).toHaveURL(/\/checkout\//);
  await screenshot(page, "checkout-phone");
  await page.goto("/");
  await screenshot(page, "home-phone");
});
