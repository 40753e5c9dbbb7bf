import { afterAll, describe, expect, it } from "vitest";
import { describeEachDatabase } from "../testing/databases";
import { edgeLimits, type EdgeLimits } from "./edge-limits";

const config = { enabled: true, newCustomers: { points: 2, seconds: 3600 }, holds: { points: 3, seconds: 600 }, heldSeats: { points: 10, seconds: 1800 } };

describeEachDatabase("edge limits", (db, info) => {
  const opened: EdgeLimits[] = [];
  // What server.ts does: PostgreSQL shares the counts, SQLite keeps them in this process.
  const open = () => {
    const limits = edgeLimits(config, info().kind === "postgres" ? info().url : undefined);
    opened.push(limits);
    return limits;
  };
  afterAll(async () => {
    for (const limits of opened) await limits.close();
  });

  it("lets an address make its share, then refuses with the time until it may try again", async () => {
    const limits = open();
    const address = `198.51.100.${Math.floor(Math.random() * 200)}`;
    for (let i = 0; i < 3; i++) expect(await limits.hold(address)).toEqual({ allowed: true });
    const refused = await limits.hold(address);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(500);
    // Another address, and the other limit, are counted apart.
    expect(await limits.hold("203.0.113.1")).toEqual({ allowed: true });
    expect(await limits.newCustomer(address)).toEqual({ allowed: true });
  });

  it("counts seats held per address, and gives back seats that were not held after all", async () => {
    const limits = open();
    const address = "203.0.113.77";
    expect(await limits.heldSeats(address, 6)).toEqual({ allowed: true });
    const tooMany = await limits.heldSeats(address, 5);
    expect(tooMany.allowed).toBe(false);
    if (!tooMany.allowed) expect(tooMany.retryAfterSeconds).toBeGreaterThan(1700);
    // The 6 were refused by the seat map after all: they come back.
    await limits.unheld(address, 6);
    expect(await limits.heldSeats(address, 10)).toEqual({ allowed: true });
    expect((await limits.heldSeats(address, 1)).allowed).toBe(false);
  });

  it("is shared by every instance on PostgreSQL, and by nobody on SQLite (one process)", async () => {
    const [a, b] = [open(), open()];
    const address = "192.0.2.50";
    expect(await a.newCustomer(address)).toEqual({ allowed: true });
    expect(await b.newCustomer(address)).toEqual({ allowed: true });
    const third = await a.newCustomer(address);
    if (info().kind === "postgres") {
      expect(third.allowed).toBe(false);
      const rows = await db().prisma.rateLimit.count();
      expect(rows).toBeGreaterThan(0);
    } else {
      // Two in-memory limiters are two processes' worth of counts: each allows its own two.
      expect(third).toEqual({ allowed: true });
    }
  });
});

describe("edge limits switched off (RATE_LIMITS=off)", () => {
  it("allow everything", async () => {
    const limits = edgeLimits({ ...config, enabled: false });
    for (let i = 0; i < 10; i++) expect(await limits.hold("192.0.2.1")).toEqual({ allowed: true });
    expect(limits.enabled).toBe(false);
  });
});
