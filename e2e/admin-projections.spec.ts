// Staff projection control: rebuild the seat map's projection with live progress, verify it against the
// log, and check that customers' seat map is the same afterwards.
import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { screenshot, signInAsStaff, THEATRE, waitLive } from "./support";

/** The main test server's SQLite file (playwright.config.ts): read tables can be edited behind the app's back. */
const MAIN_DB = "data/e2e-main.db";

/** Marks one seat booked in seat_view without any event: the drift a verification must find. */
function tamperWithSeat(showId: string, seatId: string): void {
  const db = new Database(MAIN_DB);
  try {
    const changed = db.prepare("UPDATE seat_view SET status = 'booked' WHERE show_id = ? AND seat_id = ?").run(showId, seatId);
    expect(changed.changes).toBe(1);
  } finally {
    db.close();
  }
}

/** Every seat's label on the show's map ("Row C seat 12, Premium, €45.00, available"), in map order. */
async function seatLabels(page: Page): Promise<string[]> {
  await page.goto(THEATRE);
  await waitLive(page);
  return page.getByRole("button", { name: /^Row \S+ seat \d+,/ }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label") ?? ""));
}

test("admin projection routes are for staff only", async ({ request }) => {
  expect((await request.get("/api/admin/projections")).status()).toBe(401);
  expect((await request.post("/api/admin/projections/seat-view/rebuild")).status()).toBe(401);
  expect((await request.post("/api/admin/projections/seat-view/verify")).status()).toBe(401);
});

test("staff rebuild seat-view with live progress, verify it, and the seat map is unchanged", async ({ page }) => {
  const before = await seatLabels(page);
  expect(before.length).toBeGreaterThan(0);

  await signInAsStaff(page);
  expect((await page.request.post("/api/admin/projections/no-such-view/rebuild")).status()).toBe(404);
  await page.goto("/admin/projections");
  await expect(page.getByRole("heading", { name: "Projections", level: 1 })).toBeVisible();
  for (const name of ["show-view", "seat-view", "booking-view", "stream-view", "process-manager"])
    await expect(page.getByRole("region", { name })).toBeVisible();
  const card = page.getByRole("region", { name: "seat-view" });
  await expect(card.getByTestId("lag-events")).toHaveText("0 events");
  await screenshot(page, "admin-projections-desktop");

  // A tampered row shows up as exactly one difference, with the field that differs.
  const [, row, number] = /^Row (\S+) seat (\d+),.*, available$/.exec(before.find((l) => l.endsWith(", available")) ?? "") ?? [];
  const seatId = `${row}-${number}`;
  tamperWithSeat("hamlet", seatId);
  await card.getByRole("button", { name: "Verify" }).click();
  await expect(card.getByText(/1 difference up to position/)).toBeVisible();
  const difference = card.getByRole("list", { name: "Differences in seat-view" }).getByRole("listitem");
  await expect(difference).toHaveCount(1);
  await expect(difference).toContainText(`hamlet / ${seatId}`);
  await expect(difference.getByRole("row", { name: /status/ })).toContainText(/status\s*available\s*booked/);
  await screenshot(page, "admin-projections-difference-desktop");

  await card.getByRole("button", { name: "Rebuild" }).click();
  await card.getByRole("button", { name: "Start rebuild" }).click();
  const bar = card.getByRole("progressbar", { name: "Rebuild of seat-view" });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuenow", "100");
  await expect(card.getByText("Rebuilt", { exact: true })).toBeVisible();

  await card.getByRole("button", { name: "Verify" }).click();
  await expect(card.getByText(/no differences/)).toBeVisible();
  await expect(card.getByTestId("lag-events")).toHaveText("0 events");
  await screenshot(page, "admin-projections-after-rebuild-desktop");

  expect(await seatLabels(page)).toEqual(before);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin/projections");
  await page.getByRole("region", { name: "show-view" }).getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("region", { name: "show-view" }).getByText(/no differences/)).toBeVisible();
  await screenshot(page, "admin-projections-phone");
});
