// The staff session cookie: its name, options and unsealing, free of Next.js request APIs and of the
// database, so that server.ts (the Socket.IO side) and proxy.ts can load it. The sealed cookie carries
// only the session's id (and the name, for display); whether the session is live is the database's
// word (live-session.ts, sessions.ts).
import { unsealData, type SessionOptions } from "iron-session";
import { z } from "zod";
import { env, staffSecrets } from "../config/env";

export const STAFF_COOKIE = "staff_session";

export const staffCookieSchema = z.object({ sessionId: z.string().min(16).max(100), name: z.string().min(1).max(60) });
export type StaffCookie = z.infer<typeof staffCookieSchema>;

/** What iron-session keeps in the cookie. */
export interface StaffCookieData {
  staff?: StaffCookie;
}

const sessionSeconds = () => env().STAFF_SESSION_HOURS * 3600;

export function sessionOptions(): SessionOptions {
  return {
    cookieName: STAFF_COOKIE,
    password: staffSecrets().sessionSecret,
    ttl: sessionSeconds(),
    cookieOptions: { httpOnly: true, sameSite: "lax", secure: env().NODE_ENV === "production", path: "/" },
  };
}

/** The sealed staff cookie in a Cookie header, if there is one. */
export function sealedCookieOf(cookieHeader: string | undefined): string | undefined {
  const sealed = cookieHeader
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${STAFF_COOKIE}=`))
    ?.slice(STAFF_COOKIE.length + 1);
  if (!sealed) return undefined;
  try {
    return decodeURIComponent(sealed);
  } catch {
    return undefined;
  }
}

/** The session a sealed cookie names, or null when it is forged, expired as a seal, or of an older shape. */
export async function unsealStaffCookie(sealed: string): Promise<StaffCookie | null> {
  try {
    const data = await unsealData<StaffCookieData>(sealed, { password: staffSecrets().sessionSecret, ttl: sessionSeconds() });
    const cookie = staffCookieSchema.safeParse(data.staff);
    return cookie.success ? cookie.data : null;
  } catch {
    return null;
  }
}
