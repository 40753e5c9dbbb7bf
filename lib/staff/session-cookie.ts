// The staff session cookie's name, options and unsealing, free of Next.js request APIs so that
// server.ts (the Socket.IO handshake) can use it before Next.js has started.
import { unsealData, type SessionOptions } from "iron-session";
import { env, staffSecrets } from "../config/env";

export interface StaffSession {
  staff?: { name: string; signedInAt: string };
}

export const STAFF_COOKIE = "staff_session";
const EIGHT_HOURS = 8 * 3600;

export function sessionOptions(): SessionOptions {
  return {
    cookieName: STAFF_COOKIE,
    password: staffSecrets().sessionSecret,
    ttl: EIGHT_HOURS,
    cookieOptions: { httpOnly: true, sameSite: "lax", secure: env().NODE_ENV === "production", path: "/" },
  };
}

/** For the Socket.IO handshake: is this Cookie header a live staff session? */
export async function isStaffCookieHeader(cookieHeader: string | undefined): Promise<boolean> {
  const sealed = cookieHeader
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${STAFF_COOKIE}=`))
    ?.slice(STAFF_COOKIE.length + 1);
  if (!sealed) return false;
  try {
    const data = await unsealData<StaffSession>(decodeURIComponent(sealed), { password: staffSecrets().sessionSecret, ttl: EIGHT_HOURS });
    return !!data.staff;
  } catch {
    return false;
  }
}
