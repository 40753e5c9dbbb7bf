import { expect, test, type WebSocketRoute } from "@playwright/test";
import { availableSeats, CARDS, expectSeatState, holdSeats, openShow, pay } from "./support";

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
  const bob = await (await browser.newContext()).newPage();
  // Bob's Socket.IO connection runs through a cuttable line.
  let cut = false;
  const lines: WebSocketRoute[] = [];
  await bob.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (cut) return void ws.close();
    ws.connectToServer();
    lines.push(ws);
  });
  await openShow(alice);
  await openShow(bob);

  cut = true;
  await Promise.all(lines.map((ws) => ws.close()));
  await expect(bob.locator("[data-live-status]")).toHaveAttribute("data-live-status", "offline", { timeout: 10_000 });
  const [id] = (await availableSeats(alice, 1, 30)) as [string];
  await holdSeats(alice, [id]);
  await expect(alice).toHaveURL(/\/checkout\//);
  await expectSeatState(bob, id, "available");

  cut = false;
  await expect(bob.locator("[data-live-status]")).toHaveAttribute("data-live-status", "live", { timeout: 30_000 });
  await expectSeatState(bob, id, "held", 5000);
});
