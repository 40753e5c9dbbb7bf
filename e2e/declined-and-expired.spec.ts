import { expect, test } from "@playwright/test";
import { availableSeats, CARDS, expectSeatState, holdSeats, openShow, pay, screenshot, SHORT_HOLD_URL } from "./support";

test("a declined card keeps the hold (extended once, not released without asking): the form keeps what was typed, and another card books the same seats", async ({ browser }) => {
  const alice = await (await browser.newContext()).newPage();
  const bob = await (await browser.newContext()).newPage();
  await openShow(alice);
  await openShow(bob);
  const seats = await availableSeats(alice, 2, 50);
  await holdSeats(alice, seats);
  await expect(alice).toHaveURL(/\/checkout\//);
  const checkoutUrl = alice.url();
  for (const id of seats) await expectSeatState(bob, id, "held");

  // The one extension: its button goes once used, also after a reload. Releasing asks first.
  await alice.getByRole("button", { name: "Need more time?" }).click();
  await expect(alice.getByRole("status").filter({ hasText: "Your hold has been extended" })).toBeVisible();
  await expect(alice.getByRole("button", { name: "Need more time?" })).toHaveCount(0);
  await alice.reload();
  await expect(alice.getByText("This hold has had its one extension.")).toBeVisible();
  await expect(alice.getByRole("button", { name: "Need more time?" })).toHaveCount(0);
  await alice.getByRole("button", { name: "Release my seats" }).click();
  await expect(alice.getByText(/Release these seats\?/)).toBeVisible();
  await screenshot(alice, "checkout-release-confirm");
  await alice.getByRole("button", { name: "Keep my seats" }).click();
  await expect(alice.getByText(/Release these seats\?/)).toHaveCount(0);

  // A bad email is refused by the server: the error sits by the email field, and nothing typed is lost.
  await pay(alice, CARDS.declined, "Ada Lovelace", "ada-at-example");
  const email = alice.getByLabel("Email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(alice.locator("#field-customerEmail-error")).toContainText("valid email");
  await expect(email).toHaveAccessibleDescription(/valid email/);
  await expect(email).toHaveValue("ada-at-example");
  await expect(alice.getByLabel("Full name")).toHaveValue("Ada Lovelace");
  await expect(alice.getByLabel("Card number")).toHaveValue(CARDS.declined);

  // Declined: said by the card field, the seats stay held for the customer to try again.
  await email.fill("ada@example.com");
  await alice.getByRole("button", { name: /^Pay / }).click();
  const card = alice.getByLabel("Card number");
  await expect(card).toHaveAccessibleDescription(/declined.*still held/i);
  await expect(alice.getByRole("alert").filter({ hasText: /declined/i })).toBeVisible();
  await expect(alice.getByLabel("Full name")).toHaveValue("Ada Lovelace");
  await expect(email).toHaveValue("ada@example.com");
  await screenshot(alice, "checkout-declined");
  for (const id of seats) await expectSeatState(bob, id, "held", 1500);

  // The same hold, a good card: the name and email are still there.
  await card.fill(CARDS.succeeds);
  await alice.getByRole("button", { name: /^Pay / }).click();
  await expect(alice).toHaveURL(/\/bookings\/[0-9A-Z]{4}-[0-9A-Z]{4}\?key=/);
  const manageUrl = alice.url();
  for (const id of seats) await expectSeatState(bob, id, "booked", 5000);
  // The checkout that was declined is the booking that was confirmed.
  await alice.goto(checkoutUrl);
  await expect(alice).toHaveURL(manageUrl);
});

test("an expired hold says so and gives the seats back to everyone", async ({ browser }) => {
  const alice = await (await browser.newContext({ baseURL: SHORT_HOLD_URL })).newPage();
  const bob = await (await browser.newContext({ baseURL: SHORT_HOLD_URL })).newPage();
  await openShow(alice);
  await openShow(bob);
  const seats = await availableSeats(alice, 2, 60);
  await holdSeats(alice, seats);
  await expect(alice).toHaveURL(/\/checkout\//);
  for (const id of seats) await expectSeatState(bob, id, "held");

  // The test server holds seats for 8 seconds.
  await expect(alice.getByRole("heading", { name: "Your hold has expired" })).toBeVisible({ timeout: 15_000 });
  await screenshot(alice, "checkout-expired");
  for (const id of seats) await expectSeatState(bob, id, "available", 5000);
  await alice.getByRole("link", { name: "Start again" }).click();
  await expect(alice).toHaveURL(/\/shows\/hamlet/);
});
