import { expect, test } from "@playwright/test";
import { availableSeats, CARDS, expectSeatState, holdSeats, openShow, pay, screenshot } from "./support";

test("browse, hold, pay, find the booking again, cancel, and the seats come back", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Upcoming shows" })).toBeVisible();
  await screenshot(page, "home");
  await page.getByRole("link", { name: /Hamlet/ }).click();
  await expect(page.getByRole("heading", { name: "Hamlet" })).toBeVisible();
  await openShow(page);
  await screenshot(page, "show");

  const seats = await availableSeats(page, 2, 10);
  await holdSeats(page, seats);
  await expect(page).toHaveURL(/\/checkout\//);
  await expect(page.getByText("Your seats are held for")).toBeVisible();
  await screenshot(page, "checkout");

  await pay(page, CARDS.succeeds, "Grace Hopper", "grace@example.com");
  await expect(page).toHaveURL(/\/bookings\/[0-9A-Z]{4}-[0-9A-Z]{4}\?key=/);
  await expect(page.locator("[data-booking-status]")).toHaveAttribute("data-booking-status", "confirmed");
  await expect(page.getByRole("img", { name: /QR code of booking reference/ })).toBeVisible();
  await screenshot(page, "booking");
  const reference = /\/bookings\/([0-9A-Z-]+)/.exec(page.url())?.[1] as string;

  // Found again by reference and email, from the header link.
  await page.getByRole("link", { name: "Find my booking" }).click();
  // Wait for the lookup page: until then the booking's QR code (labelled "…booking reference…") is still on screen.
  await expect(page).toHaveURL(/\/bookings$/);
  await page.getByRole("textbox", { name: "Booking reference" }).fill(reference.toLowerCase());
  await page.getByLabel("Email address used for the booking").fill("GRACE@example.com");
  await screenshot(page, "find-booking");
  await page.getByRole("button", { name: "Find my booking" }).click();
  await expect(page.getByText(reference).first()).toBeVisible();

  // A wrong email finds nothing and says so.
  await page.goto("/bookings");
  await page.getByLabel("Booking reference").fill(reference);
  await page.getByLabel("Email address used for the booking").fill("someone@example.com");
  await page.getByRole("button", { name: "Find my booking" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "No booking matches" })).toBeVisible();
  await page.goBack();

  await page.goto(`/bookings/${reference}?key=wrong`);
  await expect(page.getByRole("heading", { name: "We couldn't find that booking" })).toBeVisible();
  await page.goBack();
  await page.reload();

  await page.getByRole("button", { name: "Cancel seats…" }).click();
  await page.getByRole("button", { name: "Confirm cancellation" }).click();
  await expect(page.locator("[data-booking-status]")).toHaveAttribute("data-booking-status", "cancelled");
  await expect(page.getByText("Refunded")).toBeVisible();

  await openShow(page);
  for (const id of seats) await expectSeatState(page, id, "available");
});
