import { expect, test } from "@playwright/test";
import { availableSeats, openShow, seat } from "./support";

test("two visitors race for one seat: exactly one gets it, the other is told which seat is gone", async ({ browser }) => {
  const alice = await (await browser.newContext()).newPage();
  const bob = await (await browser.newContext()).newPage();
  await openShow(alice);
  await openShow(bob);
  const [id] = (await availableSeats(alice, 1, 40)) as [string];
  await seat(alice, id).click();
  await seat(bob, id).click();

  // The loser's Hold may already be disabled by the winner's live update: that is losing too, so a click that
  // cannot happen is no failure; the outcome below decides.
  const hold = (page: typeof alice) =>
    page.getByRole("button", { name: /^Hold 1 seat$/ }).click({ noWaitAfter: true, timeout: 5_000 }).catch(() => undefined);
  await Promise.all([hold(alice), hold(bob)]);

  const outcome = async (page: typeof alice) =>
    Promise.race([
      page.waitForURL(/\/checkout\//, { timeout: 15_000 }).then(() => "won" as const),
      page.getByRole("alert").filter({ hasText: "no longer available" }).waitFor({ timeout: 15_000 }).then(() => "lost" as const),
      page.getByText("just taken by someone else").waitFor({ timeout: 15_000 }).then(() => "lost" as const),
    ]);
  const results = await Promise.all([outcome(alice), outcome(bob)]);
  expect(results.sort()).toEqual(["lost", "won"]);
});
