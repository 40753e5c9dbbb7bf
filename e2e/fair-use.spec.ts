// Fair use of seats, against a server with tight limits (playwright.config.ts, LIMITS_URL): at most 4 seats
// per customer per show (the seat aggregate), 3 new customers and 6 hold requests per address (the edge).
// The steps share that server's counters, so they run in order in one test.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { LIMITS_URL } from "../playwright.config";

const SHOW = "hamlet";

test("one customer, one address and one address pretending to be many each get only their share", async ({ playwright }) => {
  const client = (headers: Record<string, string> = {}) => playwright.request.newContext({ baseURL: LIMITS_URL, extraHTTPHeaders: headers });
  const free: string[] = ((await (await (await client()).get(`/api/shows/${SHOW}`)).json()).seats as Array<{ seatId: string; status: string }>)
    .filter((s) => s.status === "available")
    .map((s) => s.seatId);
  const take = (n: number) => free.splice(0, n);
  let keys = 0;
  const hold = (api: APIRequestContext, seatIds: string[]) =>
    api.post(`/api/shows/${SHOW}/holds`, { data: { seatIds, idempotencyKey: `fair-use-${Date.now()}-${keys++}` } });

  // One customer: four seats, then no more, whatever they do with their holds.
  const alice = await client();
  const first = await hold(alice, take(4));
  expect(first.status()).toBe(201);
  const tooMany = await hold(alice, take(1));
  expect(tooMany.status()).toBe(409);
  expect(await tooMany.json()).toMatchObject({ code: "SEAT_LIMIT_REACHED", error: expect.stringMatching(/at most 4 seats.*you have 4 seats already/) });

  // One address: new customers are limited per address, and X-Forwarded-For from an untrusted peer changes nothing.
  const bob = await client({ "x-forwarded-for": "203.0.113.7" });
  expect((await hold(bob, take(1))).status()).toBe(201);
  const carol = await client({ "x-forwarded-for": "198.51.100.23" });
  expect((await hold(carol, take(1))).status()).toBe(201);
  const dave = await client({ "x-forwarded-for": "192.0.2.99" });
  const refusedIdentity = await hold(dave, take(1));
  expect(refusedIdentity.status()).toBe(429);
  expect(Number(refusedIdentity.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await refusedIdentity.json()).toMatchObject({ code: "RATE_LIMITED" });
  expect(refusedIdentity.headers()["set-cookie"] ?? "").not.toContain("customer_id");

  // And hold requests are limited per address: six in ten minutes (two left after the four above).
  expect((await hold(bob, take(1))).status()).toBe(201);
  expect((await hold(bob, take(1))).status()).toBe(201);
  const refusedHold = await hold(bob, take(1));
  expect(refusedHold.status()).toBe(429);
  expect(await refusedHold.json()).toMatchObject({ code: "RATE_LIMITED", error: expect.stringMatching(/try again in/) });
});
