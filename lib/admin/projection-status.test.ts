import { expect, it } from "vitest";
import { bookSeats, describeEachSystem, eventually, settle, showOnSale } from "../testing/system";
import { isRebuilding, PROCESS_MANAGER_ROW, projectionNameSchema, projectionStatus, startRebuild } from "./projection-status";
import type { ProjectionProgress } from "../projections/runner";
import { PROCESS_MANAGER_CHECKPOINT } from "../commands/process-manager";
import { ensureCheckpoint } from "../db/checkpoints";
import { EMAIL_CHECKPOINT } from "../email/reactor";

it("names the process manager's checkpoint row as the process manager does", () => {
  expect(PROCESS_MANAGER_ROW).toBe(PROCESS_MANAGER_CHECKPOINT);
});

describeEachSystem("projection status", (system) => {
  it("shows every projection and the process manager caught up, with no lag", async () => {
    const showId = await showOnSale(system());
    await bookSeats(system(), showId, ["FL-A-1"], "s1");
    const head = await settle(system());
    const report = await eventually(async () => {
      const r = await projectionStatus(system());
      return r.rows.every((row) => row.lagEvents === 0) ? r : null;
    });
    if (!report) throw new Error("unreachable: eventually answers only a report");
    expect(report.head).toBe(head);
    expect(report.rows.map((r) => r.name)).toEqual(["show-view", "seat-view", "booking-view", "stream-view", "process-manager"]);
    for (const row of report.rows) expect(row).toMatchObject({ position: head, lagEvents: 0, lagMs: 0, lastError: null, rebuild: null });
  });

  it("shows an outbound reaction (emails) once any instance has its checkpoint, with its lag", async () => {
    await settle(system());
    expect((await projectionStatus(system())).rows.some((r) => r.name === EMAIL_CHECKPOINT)).toBe(false);
    // As an instance that sends emails leaves it: a checkpoint at 0, and confirmations in the log it has not sent.
    await ensureCheckpoint(system().db, EMAIL_CHECKPOINT);
    const showId = await showOnSale(system());
    await bookSeats(system(), showId, ["FL-A-3"], "s3");
    const emails = (await projectionStatus(system())).rows.find((r) => r.name === EMAIL_CHECKPOINT);
    expect(emails).toMatchObject({ kind: "outbound", position: 0 });
    expect(emails?.lagEvents).toBeGreaterThan(0);
    expect(emails?.lagMs).toBeGreaterThan(0);
  });

  it("reports lag in events and time while a projection is stopped", async () => {
    const showId = await showOnSale(system());
    await settle(system());
    await system().projections.stop();
    try {
      await bookSeats(system(), showId, ["FL-A-2"], "s2");
      await new Promise((r) => setTimeout(r, 30));
      const seat = (await projectionStatus(system())).rows.find((r) => r.name === "seat-view");
      expect(seat?.lagEvents).toBeGreaterThan(0);
      expect(seat?.lagMs).toBeGreaterThan(0);
    } finally {
      await system().projections.start();
    }
  });

  it("runs one rebuild per projection at a time and knows only registered names", async () => {
    expect(projectionNameSchema(system()).safeParse("seat-view").success).toBe(true);
    expect(projectionNameSchema(system()).safeParse("no-such-view").success).toBe(false);
    const progress: ProjectionProgress[] = [];
    const first = await startRebuild(system(), "booking-view", (p) => progress.push(p));
    expect(first).not.toBeNull();
    expect(await startRebuild(system(), "booking-view", () => undefined)).toBeNull();
    await eventually(async () => !isRebuilding(system(), "booking-view"), 10_000);
    expect(progress.at(-1)).toMatchObject({ percent: 100, done: true });
    const row = (await projectionStatus(system())).rows.find((r) => r.name === "booking-view");
    expect(row?.rebuild).toMatchObject({ error: null, progress: { done: true } });
    expect(await startRebuild(system(), "booking-view", () => undefined)).not.toBeNull();
    await eventually(async () => !isRebuilding(system(), "booking-view"), 10_000);
  });

  it("shows a rebuild another instance runs, from its lease, and one whose instance stopped as failed", async () => {
    const prisma = system().db.prisma;
    const lease = (heartbeatAt: Date) => ({
      name: "stream-view",
      owner: "other-host:4242:abcd1234",
      position: 250,
      target: 1000,
      startedAt: new Date(Date.now() - 10_000),
      heartbeatAt,
      finishedAt: null,
      error: null,
    });
    try {
      await prisma.projectionRebuild.upsert({ where: { name: "stream-view" }, create: lease(new Date()), update: lease(new Date()) });
      const running = (await projectionStatus(system())).rows.find((r) => r.name === "stream-view");
      expect(running).toMatchObject({ status: "rebuilding", rebuild: { elsewhere: "other-host:4242", error: null, progress: { position: 250, target: 1000, percent: 25 } } });
      expect(await startRebuild(system(), "stream-view", () => undefined)).toBeNull();

      const silent = lease(new Date(Date.now() - 60_000));
      await prisma.projectionRebuild.update({ where: { name: "stream-view" }, data: silent });
      const stopped = (await projectionStatus(system())).rows.find((r) => r.name === "stream-view");
      expect(stopped?.rebuild?.error).toMatch(/stopped answering/);
      expect(stopped?.status).not.toBe("rebuilding");
    } finally {
      await prisma.projectionRebuild.delete({ where: { name: "stream-view" } });
    }
  });
});
