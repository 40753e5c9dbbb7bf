// Stream locks on PostgreSQL: two lock pools play two processes on one database.
import { expect, it } from "vitest";
import { describeEachDatabase } from "../testing/databases";
import { postgresStreamLocks } from "./stream-locks";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeEachDatabase("stream writer locks", (_db, info) => {
  it("one process at a time writes a stream; other streams are not held up", async (context) => {
    if (info().kind !== "postgres") return context.skip();
    const a = postgresStreamLocks(info().url);
    const b = postgresStreamLocks(info().url);
    try {
      let inside = 0;
      let most = 0;
      const turn = (locks: typeof a) =>
        locks.hold("seats-hot", async () => {
          inside += 1;
          most = Math.max(most, inside);
          await sleep(15);
          inside -= 1;
        });
      await Promise.all(Array.from({ length: 10 }, (_, i) => turn(i % 2 ? a : b)));
      expect(most).toBe(1);

      // While one process holds a stream, another stream's writer goes ahead.
      let other = false;
      await a.hold("seats-hot", async () => {
        await b.hold("seats-cold", async () => {
          other = true;
        });
      });
      expect(other).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("a lock is released when its work fails", async (context) => {
    if (info().kind !== "postgres") return context.skip();
    const a = postgresStreamLocks(info().url);
    const b = postgresStreamLocks(info().url);
    try {
      await expect(a.hold("seats-x", async () => Promise.reject(new Error("refused")))).rejects.toThrow("refused");
      expect(await b.hold("seats-x", async () => "taken")).toBe("taken");
    } finally {
      await a.close();
      await b.close();
    }
  });
});
