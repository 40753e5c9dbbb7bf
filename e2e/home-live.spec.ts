import { expect, test, type APIRequestContext, type Page, type WebSocketRoute } from "@playwright/test";
import { availableSeats, holdSeats, openShow, waitLive } from "./support";

/** The count on a show's card on the home page ("1,234 of 2,000 seats available"). */
const seatsLeft = (page: Page, showId: string) => page.locator(`[data-show-id="${showId}"] [data-seats-available]`);

async function countOf(page: Page, showId: string): Promise<number> {
  return Number(await seatsLeft(page, showId).getAttribute("data-seats-available"));
}

async function holdThroughApi(request: APIRequestContext, showId: string, count: number) {
  const seats = (await (await request.get(`/api/shows/${showId}`)).json()).seats as Array<{ seatId: string; status: string }>;
  const seatIds = seats.filter((s) => s.status === "available").slice(-count).map((s) => s.seatId);
  const held = await request.post(`/api/shows/${showId}/holds`, { data: { seatIds, idempotencyKey: `home-live-${Date.now()}` } });
  expect(held.status()).toBe(201);
}

test("a hold in one browser lowers the count on another browser's home page without a reload", async ({ browser }) => {
  const home = await (await browser.newContext()).newPage();
  const alice = await (await browser.newContext()).newPage();
  await home.goto("/");
  await waitLive(home);
  const before = await countOf(home, "hamlet");
  expect(before).toBeGreaterThan(2);

  await openShow(alice);
  await holdSeats(alice, await availableSeats(alice, 2, 40));
  await expect(alice).toHaveURL(/\/checkout\//);

  await expect(seatsLeft(home, "hamlet")).toHaveAttribute("data-seats-available", String(before - 2), { timeout: 3000 });
  await expect(seatsLeft(home, "hamlet")).toContainText(`${(before - 2).toLocaleString("en-GB")} of`);
  // A screen reader hears it once, politely.
  await expect(home.getByText(new RegExp(`^Hamlet: ${(before - 2).toLocaleString("en-GB")} of [\\d,]+ seats available\\.$`))).toBeAttached();
});

test("a home page that lost its connection catches up when it comes back", async ({ browser, request }) => {
  const home = await (await browser.newContext()).newPage();
  let cut = false;
  const lines: WebSocketRoute[] = [];
  await home.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (cut) return void ws.close();
    ws.connectToServer();
    lines.push(ws);
  });
  await home.goto("/");
  await waitLive(home);
  const before = await countOf(home, "hamlet");

  cut = true;
  await Promise.all(lines.map((ws) => ws.close()));
  await expect(home.locator("[data-live-status]")).toHaveAttribute("data-live-status", "offline", { timeout: 10_000 });
  await holdThroughApi(request, "hamlet", 3);
  await expect(seatsLeft(home, "hamlet")).toHaveAttribute("data-seats-available", String(before));

  cut = false;
  await expect(home.locator("[data-live-status]")).toHaveAttribute("data-live-status", "live", { timeout: 30_000 });
  await expect(seatsLeft(home, "hamlet")).toHaveAttribute("data-seats-available", String(before - 3), { timeout: 5000 });
});
