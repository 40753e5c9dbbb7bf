// The arena: the venue overview first (no seat buttons until a section is chosen), a section's seats, and the hold,
// by touch on a phone and by keyboard on a desktop; best available from the overview.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
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
  // The section's seats are loaded when it opens.
  await expect(page.getByRole("button", { name: seatButtons }).first()).toBeVisible();
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
  await expect(page.getByRole("button", { name: seatButtons }).first()).toBeVisible();
  for (let i = 0; i < 10 && !seatButtons.test(await focused()); i++) await page.keyboard.press("Tab");
  for (let step = 0; step < 60 && !(await focused()).endsWith(", available"); step++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect.poll(focused).toMatch(/, selected$/);

  await page.getByRole("button", { name: "Hold 3 seats" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/checkout\//);
});

test("the arena's first HTML carries the overview, not its 5,000 seats", async ({ request }) => {
  const html = await (await request.get(ARENA)).text();
  expect(html.length).toBeLessThan(150_000);
  // Seats travel as objects with a seatId: a handful may appear (none today), never thousands.
  expect(html.match(/seatId/g)?.length ?? 0).toBeLessThan(50);
  // A room keeps its direct map: every one of Hamlet's seats is in its page.
  expect((await (await request.get("/shows/hamlet")).text()).match(/seatId/g)?.length ?? 0).toBeGreaterThan(100);
});

test("a hold in one browser changes the other's overview counts and, once opened, its section", async ({ browser }) => {
  const [a, b] = await Promise.all([browser.newContext().then((c) => c.newPage()), browser.newContext().then((c) => c.newPage())]);
  await openShow(b, ARENA);
  const north = b.getByRole("button", { name: /^Section North stand, / });
  const label = async () => (await north.getAttribute("aria-label")) ?? "";
  const leftIn = (text: string) => Number(/, ([\d,]+) of/.exec(text)?.[1]?.replace(/,/g, ""));
  const before = leftIn(await label());

  await openShow(a, ARENA);
  await a.getByRole("button", { name: /^Section North stand, / }).click();
  await expect(a.getByRole("button", { name: seatButtons }).first()).toBeVisible();
  const [seatId] = (await availableSeats(a, 1, 7)) as [string];
  await seat(a, seatId).click();
  await a.getByRole("button", { name: "Hold 1 seat" }).click();
  await expect(a).toHaveURL(/\/checkout\//);

  // Within a second, without loading any seat, B's overview counts one fewer.
  await expect.poll(async () => leftIn(await label()), { timeout: 1000 }).toBe(before - 1);
  await north.click();
  await expectSeatState(b, seatId, /held/, 5000);
  await expectNoAxeViolations(b);
  await Promise.all([a.context().close(), b.context().close()]);
});

test("the overview zooms by buttons and keeps tap-to-open", async ({ page }) => {
  await openShow(page, ARENA);
  const map = page.getByRole("group", { name: "Venue overview: choose a section" });
  const whole = await map.getAttribute("viewBox");
  await page.getByRole("button", { name: "Zoom in on the venue" }).click();
  await expect(map).not.toHaveAttribute("viewBox", whole ?? "");
  await page.getByRole("button", { name: "Show the whole venue" }).click();
  await expect(map).toHaveAttribute("viewBox", whole ?? "");
  await expect(page.getByRole("button", { name: "Zoom out of the venue" })).toBeDisabled();

  // Zoomed in, a drag pans without opening the section under it, and a tap on a section still opens it.
  await page.getByRole("button", { name: "Zoom in on the venue" }).click();
  await expect(page.getByRole("button", { name: "Zoom out of the venue" })).toBeEnabled();
  const zoomed = await map.getAttribute("viewBox");
  const floor = (await page.getByRole("button", { name: /^Section Floor, / }).boundingBox())!;
  await page.mouse.move(floor.x + floor.width / 2, floor.y + floor.height / 2);
  await page.mouse.down();
  await page.mouse.move(floor.x + floor.width / 2 + 60, floor.y + floor.height / 2 + 20, { steps: 5 });
  await page.mouse.up();
  await expect(map).not.toHaveAttribute("viewBox", zoomed ?? "");
  await expect(page.getByTestId("open-section")).toHaveCount(0);
  await page.getByRole("button", { name: /^Section Floor, / }).click();
  await expect(page.getByTestId("open-section")).toContainText("Floor");
  await expect(page.getByRole("button", { name: seatButtons }).first()).toBeVisible();
});
