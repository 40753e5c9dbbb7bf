// The staff session inside Next.js: who is signed in, checked against staff_sessions on every use.
// Staff reads (lib/admin/reads) and staff server actions call these first; a layout's check alone
// protects nothing, since a page renders its data whether or not its layout redirects.
import "server-only";
import { cache } from "react";
import { getIronSession } from "iron-session";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { env } from "../config/env";
import { bookingSystem } from "../system";
import { sessionOptions, staffCookieSchema, type StaffCookieData } from "./session-cookie";
import { endStaffSession, liveStaffSession, startStaffSession } from "./sessions";
import { signInHref } from "./return-path";
// Set by proxy.ts: the path (and query) asked for, so sign-in can return there.
import { PATHNAME_HEADER } from "../http/page-requests";

export interface StaffMember {
  sessionId: string;
  name: string;
}


const ironSession = async () => getIronSession<StaffCookieData>(await cookies(), sessionOptions());

/** The signed-in staff member of this request, or null. Asked once per request (React's cache). */
export const currentStaff = cache(async (): Promise<StaffMember | null> => {
  const cookie = staffCookieSchema.safeParse((await ironSession()).staff);
  if (!cookie.success) return null;
  const { db } = await bookingSystem();
  const live = await liveStaffSession(db.prisma, cookie.data.sessionId, new Date());
  return live ? { sessionId: live.sessionId, name: live.name } : null;
});

/** In a staff read, page or server action: the signed-in staff member, or off to the sign-in page (and back). */
export async function requireStaff(): Promise<StaffMember> {
  const staff = await currentStaff();
  if (!staff) redirect(signInHref((await headers()).get(PATHNAME_HEADER)));
  return staff;
}

/** Sign-in (a server action): a new session row, and a cookie that names it. */
export async function beginStaffSession(name: string): Promise<void> {
  const { db } = await bookingSystem();
  const started = await startStaffSession(db.prisma, name, new Date(), env().STAFF_SESSION_HOURS);
  const session = await ironSession();
  session.staff = { sessionId: started.sessionId, name: started.name };
  await session.save();
}

/** Sign-out (a server action): the row is ended, so copies of the cookie stop working too, and the cookie cleared. */
export async function endCurrentStaffSession(): Promise<void> {
  const session = await ironSession();
  const cookie = staffCookieSchema.safeParse(session.staff);
  if (cookie.success) {
    const { db } = await bookingSystem();
    await endStaffSession(db.prisma, cookie.data.sessionId, new Date());
  }
  session.destroy();
}
