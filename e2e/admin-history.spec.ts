// The staff event-history viewer: a customer's booking seen live in the log, replayed version by
// version in its stream, traced across streams by correlation id, and exported as NDJSON.
import { expect, test, type Page } from "@playwright/test";
import { availableSeats, CARDS, holdSeats, openShow, pay, screenshot, signInAsStaff } from "./support";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function screenshots(page: Page, name: string) {
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `history-${name}-desktop`);
  await page.setViewportSize(PHONE);
  await screenshot(page, `history-${name}-phone`);
  // A full-page phone shot of a long log is too tall to read: keep the first screen as well.
  await page.screenshot({ path: `test-results/pages/history-${name}-phone-top.png` });
  await page.setViewportSize(DESKTOP);
}

test("staff follow a booking through the event history", async ({ page, browser }) => {
  await signInAsStaff(page);
  await page.goto("/admin/events");
  await expect(page.getByRole("heading", { name: "Event history" })).toBeVisible();
  await expect(page.locator("[data-live-tail]")).toHaveAttribute("data-live-tail", "live");

  // A customer books two seats in a context of their own (no staff cookie).
  const customer = await (await browser.newContext()).newPage();
  await openShow(customer);
  await holdSeats(customer, await availableSeats(customer, 2, 30));
  await expect(customer).toHaveURL(/\/checkout\//);
  const bookingId = /\/checkout\/([^/?#]+)/.exec(customer.url())?.[1] as string;
  await pay(customer, CARDS.succeeds, "Hedy Lamarr", "hedy@example.com");
  await expect(customer.locator("[data-booking-status]")).toHaveAttribute("data-booking-status", "confirmed");
  await customer.context().close();

  // The live tail shows the booking's events at the top without a reload.
  const live = page.getByRole("list", { name: "New events" });
  await expect(live.locator('[data-event-type="BookingConfirmed"]')).toContainText("Hedy Lamarr");
  await expect(live.locator('[data-event-type="SeatsHeld"]')).toBeVisible();
  await screenshots(page, "log-live");

  // Found in the global log filtered by type; its stream link leads to the booking stream.
  await page.getByLabel("Event type").selectOption("BookingConfirmed");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/type=BookingConfirmed/);
  const confirmed = page.getByRole("list", { name: "Events, newest first" }).locator("li", { hasText: "Hedy Lamarr" }).first();
  await expect(confirmed).toBeVisible();
  await screenshots(page, "log-filtered");
  await confirmed.getByRole("link", { name: new RegExp(`^booking-${bookingId} v\\d+$`) }).click();
  await expect(page.getByRole("heading", { name: `booking-${bookingId}`, level: 1 })).toBeVisible();

  // Time travel: the latest version is confirmed; the hold's versions show the booking before payment.
  const state = page.getByLabel(/^State at version \d+$/);
  await expect(state).toContainText('"status": "confirmed"');
  await expect(page.getByLabel("Changes from the previous version")).toContainText(/status.*"held" → "confirmed"/);
  await screenshots(page, "stream-latest");
  await page.goto(`/admin/events/streams/booking-${bookingId}?version=1`);
  await expect(page.locator("[data-time-travel-version]")).toHaveAttribute("data-time-travel-version", "1");
  await expect(page.getByLabel("State at version 1")).toContainText('"status": "none"');
  await expect(page.getByLabel("Changes from the previous version")).toContainText("bookingId");
  await page.getByRole("link", { name: "v2 →" }).click();
  await expect(page.getByLabel("State at version 2")).toContainText('"status": "held"');
  await screenshots(page, "stream-v2");

  // The hold's correlation chain spans the booking stream and the seats stream.
  await page.locator('li[data-version="1"]').getByRole("link", { name: "Correlation chain" }).click();
  await expect(page.getByRole("heading", { name: "Correlation chain" })).toBeVisible();
  const chain = page.getByRole("list", { name: "Events of this correlation, in order" });
  await expect(chain.locator('[data-event-type="SeatsHeld"]')).toContainText("seats-hamlet");
  await expect(chain.locator('[data-event-type="BookingStarted"]')).toContainText(`booking-${bookingId}`);
  await screenshots(page, "correlation");

  // The seats stream: counts by status instead of thousands of seats.
  await page.getByRole("link", { name: "seats-hamlet", exact: true }).click();
  await expect(page.getByLabel("Seats by status")).toContainText("booked");
  await screenshots(page, "stream-seats");

  // The stream browser lists both streams with their versions.
  await page.goto("/admin/events/streams?category=booking");
  await expect(page.getByRole("list", { name: "Streams" }).getByRole("link", { name: `booking-${bookingId}` })).toBeVisible();
  await screenshots(page, "streams");

  // Export: NDJSON of the booking stream, one event a line, for staff only.
  await page.goto(`/admin/events/streams/booking-${bookingId}`);
  const href = (await page.getByRole("link", { name: "Export this stream (NDJSON)" }).getAttribute("href")) as string;
  const exported = await page.request.get(href);
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toContain("application/x-ndjson");
  expect(exported.headers()["content-disposition"]).toContain("attachment");
  const lines = (await exported.text()).trim().split("\n").map((line) => JSON.parse(line) as { streamId: string; version: number; type: string });
  expect(lines[0]).toMatchObject({ streamId: `booking-${bookingId}`, version: 1, type: "BookingStarted" });
  expect(lines.map((l) => l.type)).toContain("BookingConfirmed");
  const anonymous = await (await browser.newContext()).request.get(`http://localhost:3100${href}`);
  expect(anonymous.status()).toBe(401);

  // Bad filters are explained, not thrown.
  await page.goto("/admin/events?from=yesterday&category=tickets");
  const problem = page.getByRole("alert").filter({ hasText: "These filters cannot be used" });
  await expect(problem).toContainText("is not a date and time");
  await expect(problem).toContainText("Unknown category");
  await screenshots(page, "bad-filter");
});
