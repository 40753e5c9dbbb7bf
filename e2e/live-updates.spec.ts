import { expect, test } from "@playwright/test";
import { availableSeats, CARDS, expectSeatState, holdSeats, openShow, pay, seat } from "./support";

test("a hold and a booking in one browser appear in another within a second", async ({ browser }) => {
  const alice = await (await browser.newContext()).newPage();
  const bob = await (await browser.newContext()).newPage();
  await openShow(alice);
  await openShow(bob);

  const seats = await availableSeats(alice, 2, 20);
  await holdSeats(alice, seats);
  await expect(alice).toHaveURL(/\/checkout\//);
  for (const id of seats) await expectSeatState(bob, id, "held", 1000);

  await pay(alice, CARDS.succeeds);
  await expect(alice).toHaveURL(/\/bookings\//);
  for (const id of seats) await expectSeatState(bob, id, "booked", 1000);
});

test("a map that lost its connection catches up when it comes back", async ({ browser }) => {
  const alice = await (await browser.newContext()).newPage();
  const bobContext = await browser.newContext();
  const bob = await bobContext.newPage();
  await openShow(alice);
  await openShow(bob);

  await bobContext.setOffline(true);
  await expect(bob.locator("[data-live-status]")).toHaveAttribute("data-live-status", "offline", { timeout: 30_000 });
  const [id] = await availableSeats(alice, 1, 30);
  await holdSeats(alice, [id as string]);
  await expect(alice).toHaveURL(/\/checkout\//);
  await expectSeatState(bob, id as string, "available");

  await bobContext.setOffline(false);
  await expect(bob.locator("[data-live-status]")).toHaveAttribute("data-live-status", "live", { timeout: 30_000 });
  await expectSeatState(bob, id as string, "held", 5000);
  await expect(seat(bob, id as string)).toBeDisabled();
});
