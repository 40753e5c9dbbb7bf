import { expect, test } from "@playwright/test";
import { availableSeats, CARDS, expectSeatState, holdSeats, openShow, pay, screenshot, SHORT_HOLD_URL } from "./support";

test("a declined card frees the seats on the other visitor's map", async ({ browser }) => {
  const alice = await (await browser.newContext()).newPage();
  const bob = await (await browser.newContext()).newPage();
  await openShow(alice);
  await openShow(bob);
  const seats = await availableSeats(alice, 1, 50);
  await holdSeats(alice, seats);
  await expect(alice).toHaveURL(/\/checkout\//);
  await expectSeatState(bob, seats[0] as string, "held");

  await pay(alice, CARDS.declined);
  await expect(alice.getByRole("alert").filter({ hasText: /declined/i })).toBeVisible();
  await screenshot(alice, "checkout-declined");
  await expectSeatState(bob, seats[0] as string, "available", 2000);
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
