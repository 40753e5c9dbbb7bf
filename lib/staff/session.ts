// The staff session: a sealed, httpOnly cookie (iron-session). Pages redirect to the sign-in page
// without one; admin API routes answer 401; the Socket.IO admin room refuses to join (session-cookie.ts).
import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { NextResponse } from "next/server";
import { sessionOptions, type StaffSession } from "./session-cookie";

export type { StaffSession };

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
