// What proxy.ts decides for a page request, kept free of Next.js so it can be tested on its own.

/** The request header that tells server components the path and query they render (the sign-in redirect uses it). */
export const PATHNAME_HEADER = "x-pathname";

export const STAFF_SIGN_IN_PATH = "/admin/login";

const isStaffPage = (pathname: string) => pathname === "/admin" || pathname.startsWith("/admin/");
const isSignInPage = (pathname: string) => pathname === STAFF_SIGN_IN_PATH || pathname.startsWith(`${STAFF_SIGN_IN_PATH}/`);

export interface PageRequest {
  method: string;
  pathname: string;
  /** "" or "?…" */
  search: string;
  hasStaffCookie: boolean;
}

/**
 * Where a staff page request without a staff session cookie goes: the sign-in page, told where to return.
 * Null when the request may go on. Only page views are sent: a server action posted after the session
 * ended answers for itself (a redirected POST would reach the sign-in page as an unknown action).
 * Only a first line of defence: every staff read checks the session itself.
 */
export function staffSignInRedirect({ method, pathname, search, hasStaffCookie }: PageRequest): string | null {
  if (hasStaffCookie || (method !== "GET" && method !== "HEAD") || !isStaffPage(pathname) || isSignInPage(pathname)) return null;
  return `${STAFF_SIGN_IN_PATH}?next=${encodeURIComponent(pathname + search)}`;
}
