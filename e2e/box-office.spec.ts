// The staff box-office desk: a customer's booking found by reference, email and name; the booking page's
// seats, payments and whole life; and the desk's actions: resend the link, cancel some seats with a refund,
// cancel the rest, extend a customer's hold. Axe checks the desk's pages as they are loaded anyway.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { availableSeats, CARDS, holdSeats, openShow, pay, screenshot, signInAsStaff } from "./support";

test("the box office finds a booking and cancels, resends and extends", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const tag = Date.now().toString(36);
  const email = `marie.${tag}@example.com`;

  // A customer books three seats, then holds one more without paying (another context: no staff cookie).
  const customer = await (await browser.newContext()).newPage();
  await openShow(customer);
  await holdSeats(customer, await availableSeats(customer, 3, 60));
  await expect(customer).toHaveURL(/\/checkout\//);
  await pay(customer, CARDS.succeeds, `Marie Skłodowska ${tag}`, email);
  await expect(customer).toHaveURL(/\/bookings\/[0-9A-Z]{4}-[0-9A-Z]{4}\?key=/);
  const reference = /\/bookings\/([^?]+)/.exec(customer.url())?.[1] as string;
  await openShow(customer);
  await holdSeats(customer, await availableSeats(customer, 1, 70));
  await expect(customer).toHaveURL(/\/checkout\//);
  const heldId = /\/checkout\/([^/?#]+)/.exec(customer.url())?.[1] as string;
  await customer.context().close();

  await signInAsStaff(page);
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Box office" }).click();
  await expect(page.getByRole("heading", { name: "Box office", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  // By reference (typed loosely), by email (other case), by part of the name (other case): the same booking.
  const search = page.getByRole("searchbox", { name: "Reference, email or name" });
  const results = page.getByRole("list", { name: "Bookings found" });
  for (const query of [reference.toLowerCase().replace("-", ""), email.toUpperCase(), `skłodowska ${tag}`.toUpperCase().slice(3)]) {
    await search.fill(query);
    await page.getByRole("button", { name: "Find bookings" }).click();
    await expect(results.getByRole("link", { name: reference })).toBeVisible();
    await expect(results.locator("li")).toHaveCount(1);
  }
  await expect(search).toHaveValue(`skłodowska ${tag}`.toUpperCase().slice(3));
  await expectNoAxeViolations(page);
  await screenshot(page, "box-office-search");

  // The booking page: the customer's reference, seats as people read them, the payment, the whole life.
  await results.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { name: `Booking ${reference}`, level: 1 })).toBeVisible();
  const seats = page.getByRole("list", { name: "Seats of this booking" }).locator("li");
  await expect(seats).toHaveCount(3);
  await expect(seats.first()).toContainText(/Row \S+, seat \d+/);
  await expect(page.getByRole("list", { name: "Payment attempts" })).toContainText("PaymentAuthorized");
  const life = page.getByRole("list", { name: "Events of this booking, oldest first" });
  await expect(life.locator('[data-event-type="SeatsHeld"]')).toBeVisible();
  await expect(life.locator('[data-event-type="BookingConfirmed"]')).toContainText(reference);
  await expectNoAxeViolations(page);

  // Resend: recorded, and the manage link shown to pass on.
  await page.getByRole("button", { name: "Resend confirmation link" }).click();
  await expect(page.getByLabel("Manage link for the customer")).toHaveValue(new RegExp(`/bookings/${reference}\\?key=`));

  // Cancel one seat: the confirmation is required, then one seat is cancelled and refunded.
  await page.getByRole("button", { name: "Cancel seats…" }).click();
  await page.getByLabel("Only some seats").check();
  const firstSeat = page.getByRole("group", { name: "Seats to cancel" }).getByRole("checkbox").first();
  await firstSeat.check();
  await page.getByRole("button", { name: "Cancel and refund" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Tick the box" })).toBeVisible();
  await expect(firstSeat).toBeChecked();
  await page.getByLabel("I have checked this with the customer").check();
  await page.getByRole("button", { name: "Cancel and refund" }).click();
  await expect(page.getByRole("list", { name: "Refunds" }).locator("li")).toHaveCount(1);
  await expect(seats.filter({ hasText: "(cancelled)" })).toHaveCount(1);
  await expect(life.locator('[data-event-type="BookedSeatsReleased"]')).toBeVisible();
  await expect(life.locator('[data-event-type="ConfirmationLinkResent"]')).toBeVisible();
  await screenshot(page, "box-office-booking");

  // Cancel the rest: the booking is cancelled, refunded twice, and nothing is left to do.
  await page.getByRole("button", { name: "Cancel seats…" }).click();
  await page.getByLabel(/^Every seat still booked/).check();
  await page.getByLabel("I have checked this with the customer").check();
  await page.getByRole("button", { name: "Cancel and refund" }).click();
  await expect(page.getByRole("list", { name: "Refunds" }).locator("li")).toHaveCount(2);
  await expect(page.getByText("Nothing to do: this booking is cancelled.")).toBeVisible();

  // Extend the customer's unpaid hold, once.
  await page.goto(`/admin/box-office/${heldId}`);
  await expect(page.getByText("Not confirmed yet")).toBeVisible();
  await page.getByRole("button", { name: "Extend the hold" }).click();
  await expect(page.getByText("The hold has had its one extension.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Events of this booking, oldest first" }).locator('[data-event-type="BookingHoldExtended"]')).toBeVisible();
  await expect(page.getByRole("button", { name: "Extend the hold" })).toHaveCount(0);
});
