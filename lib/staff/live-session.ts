// The live staff session a Cookie header names, for the Socket.IO side (server.ts runs before Next.js,
// so no next/* here): the cookie unsealed, then the database asked.
import type { PrismaDb } from "../db/database";
import { bookingSystem } from "../system";
import { sealedCookieOf, unsealStaffCookie } from "./session-cookie";
import { liveStaffSession } from "./sessions";

/** The live session this Cookie header names, or null: a signed-out or expired one is refused (this process's system by default). */
export async function staffSessionFromCookieHeader(
  cookieHeader: string | undefined,
  prisma?: PrismaDb,
  now: Date = new Date(),
): Promise<{ sessionId: string; name: string } | null> {
  const sealed = sealedCookieOf(cookieHeader);
  const cookie = sealed ? await unsealStaffCookie(sealed) : null;
  if (!cookie) return null;
  const live = await liveStaffSession(prisma ?? (await bookingSystem()).db.prisma, cookie.sessionId, now);
  return live ? { sessionId: live.sessionId, name: live.name } : null;
}
