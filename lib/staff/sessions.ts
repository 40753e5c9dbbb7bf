// Staff sessions as rows (staff_sessions), so a session ends on the server: sign-out and expiry stop
// every copy of its cookie. Free of Next.js request APIs: the Socket.IO side (server.ts) uses it too.
// Sessions are not events: they say who may look, not what happened, and old rows are deleted.
import { randomBytes } from "node:crypto";
import type { PrismaDb } from "../db/database";

export interface LiveStaffSession {
  sessionId: string;
  name: string;
  expiresAt: Date;
}

const HOUR = 3_600_000;
/** Rows are deleted a day after they expired (kept that long only to make support questions answerable). */
const KEEP_EXPIRED_MS = 24 * HOUR;

/** Starts a session for `name` lasting `hours` from `now`; also deletes long-expired rows, as sign-ins are rare. */
export async function startStaffSession(prisma: PrismaDb, name: string, now: Date, hours: number): Promise<LiveStaffSession> {
  await forgetExpiredStaffSessions(prisma, now);
  const row = await prisma.staffSession.create({
    data: { id: randomBytes(24).toString("base64url"), staffName: name, createdAt: now, expiresAt: new Date(now.getTime() + hours * HOUR) },
  });
  return { sessionId: row.id, name: row.staffName, expiresAt: row.expiresAt };
}

/** The session if it exists, has not been ended and has not expired; else null. */
export async function liveStaffSession(prisma: PrismaDb, sessionId: string, now: Date): Promise<LiveStaffSession | null> {
  const row = await prisma.staffSession.findFirst({ where: { id: sessionId, endedAt: null, expiresAt: { gt: now } } });
  return row ? { sessionId: row.id, name: row.staffName, expiresAt: row.expiresAt } : null;
}

/** Which of these sessions are still live: one query for every admin socket of an instance. */
export async function liveStaffSessionIds(prisma: PrismaDb, sessionIds: string[], now: Date): Promise<Set<string>> {
  if (sessionIds.length === 0) return new Set();
  const rows = await prisma.staffSession.findMany({
    where: { id: { in: sessionIds }, endedAt: null, expiresAt: { gt: now } },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}

/** Ends a session (sign-out): every copy of its cookie stops working, and this process's admin sockets of it close. */
export async function endStaffSession(prisma: PrismaDb, sessionId: string, now: Date): Promise<void> {
  await prisma.staffSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
  for (const listener of endedListeners()) listener(sessionId);
}

export async function forgetExpiredStaffSessions(prisma: PrismaDb, now: Date): Promise<number> {
  const { count } = await prisma.staffSession.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - KEEP_EXPIRED_MS) } } });
  return count;
}

type EndedListener = (sessionId: string) => void;

// Sign-out runs in the Next.js bundle, the socket server in server.ts's copy of lib/: both must share one
// set of listeners, so it lives on globalThis (as the system does, lib/system.ts).
const KEY = Symbol.for("seat-booking.staff-session-ended");
type Global = typeof globalThis & { [KEY]?: Set<EndedListener> };

function endedListeners(): Set<EndedListener> {
  const g = globalThis as Global;
  g[KEY] ??= new Set();
  return g[KEY];
}

/** Called in this process whenever a session is ended here (other instances find out by checking again). */
export function onStaffSessionEnded(listener: EndedListener): () => void {
  endedListeners().add(listener);
  return () => endedListeners().delete(listener);
}
