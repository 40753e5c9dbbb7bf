// The staff session: a sealed, httpOnly cookie (iron-session). Pages redirect to the sign-in page
// without one; admin API routes answer 401; the Socket.IO admin room refuses to join.
import { getIronSession, unsealData, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { NextResponse } from "next/server";
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

export async function staffSession() {
  return getIronSession<StaffSession>(await cookies(), sessionOptions());
}

/** In an admin page or server action: the signed-in staff member, or off to the sign-in page. */
export async function requireStaff(): Promise<{ name: string }> {
  const session = await staffSession();
  if (!session.staff) redirect("/admin/login");
  return session.staff;
}

/** In an admin route handler: null when signed in, else the 401 to return. */
export async function staffOr401(): Promise<NextResponse | null> {
  const session = await staffSession();
  return session.staff ? null : NextResponse.json({ error: "Staff sign-in required", code: "UNAUTHORIZED" }, { status: 401 });
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
