// Staff sessions end on the server: on each engine, a signed-out or expired session's cookie is refused.
import { sealData } from "iron-session";
import { expect, it, vi } from "vitest";
import { staffSecrets } from "../config/env";
import { describeEachDatabase } from "../testing/databases";
import { STAFF_COOKIE } from "./session-cookie";
import { staffSessionFromCookieHeader } from "./live-session";
import { endStaffSession, forgetExpiredStaffSessions, liveStaffSession, onStaffSessionEnded, startStaffSession } from "./sessions";

const HOUR = 3_600_000;

/** A Cookie header as the browser sends it after sign-in. */
async function cookieHeaderFor(staff: unknown): Promise<string> {
  const sealed = await sealData({ staff }, { password: staffSecrets().sessionSecret, ttl: 8 * 3600 });
  return `other=1; ${STAFF_COOKIE}=${encodeURIComponent(sealed)}`;
}

describeEachDatabase("staff sessions", (db) => {
  it("admits a live session's cookie, and refuses it once the session is signed out", async () => {
    const now = new Date();
    const session = await startStaffSession(db().prisma, "Grace", now, 8);
    const cookie = await cookieHeaderFor({ sessionId: session.sessionId, name: "Grace" });
    expect(await staffSessionFromCookieHeader(cookie, db().prisma)).toEqual({ sessionId: session.sessionId, name: "Grace" });

    const ended: string[] = [];
    const stop = onStaffSessionEnded((id) => ended.push(id));
    await endStaffSession(db().prisma, session.sessionId, now);
    stop();
    expect(ended).toEqual([session.sessionId]);
    // A copy of the cookie kept elsewhere is refused too: the row says the session is over.
    expect(await staffSessionFromCookieHeader(cookie, db().prisma)).toBeNull();
    expect(await liveStaffSession(db().prisma, session.sessionId, now)).toBeNull();
  });

  it("refuses an expired session", async () => {
    const started = new Date(Date.now() - 9 * HOUR);
    const session = await startStaffSession(db().prisma, "Ada", started, 8);
    const cookie = await cookieHeaderFor({ sessionId: session.sessionId, name: "Ada" });
    expect(await staffSessionFromCookieHeader(cookie, db().prisma)).toBeNull();
    expect(await liveStaffSession(db().prisma, session.sessionId, new Date(started.getTime() + 7 * HOUR))).not.toBeNull();
  });

  it("refuses forged cookies, cookies of the old shape and cookies naming no session", async () => {
    expect(await staffSessionFromCookieHeader(undefined, db().prisma)).toBeNull();
    expect(await staffSessionFromCookieHeader(`${STAFF_COOKIE}=forged`, db().prisma)).toBeNull();
    expect(await staffSessionFromCookieHeader(await cookieHeaderFor({ name: "Old", signedInAt: new Date().toISOString() }), db().prisma)).toBeNull();
    expect(await staffSessionFromCookieHeader(await cookieHeaderFor({ sessionId: "x".repeat(32), name: "Nobody" }), db().prisma)).toBeNull();
  });

  it("deletes rows a day after they expired, and only those", async () => {
    const now = new Date();
    const old = await startStaffSession(db().prisma, "Old", new Date(now.getTime() - 40 * HOUR), 8);
    const recent = await startStaffSession(db().prisma, "Recent", new Date(now.getTime() - 10 * HOUR), 8);
    const live = await startStaffSession(db().prisma, "Live", now, 8);
    await forgetExpiredStaffSessions(db().prisma, now);
    const left = new Set((await db().prisma.staffSession.findMany({ select: { id: true } })).map((r) => r.id));
    expect(left.has(old.sessionId)).toBe(false);
    expect(left.has(recent.sessionId)).toBe(true);
    expect(left.has(live.sessionId)).toBe(true);
  });

  it("checks the database on every use, not only at sign-in", async () => {
    const session = await startStaffSession(db().prisma, "Lin", new Date(), 8);
    const cookie = await cookieHeaderFor({ sessionId: session.sessionId, name: "Lin" });
    const lookups = vi.spyOn(db().prisma.staffSession, "findFirst");
    await staffSessionFromCookieHeader(cookie, db().prisma);
    await staffSessionFromCookieHeader(cookie, db().prisma);
    expect(lookups).toHaveBeenCalledTimes(2);
    lookups.mockRestore();
  });
});
