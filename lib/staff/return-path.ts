// Where sign-in sends a staff member back to: the staff page they asked for, never anywhere else.
// Pure, for the sign-in action, the login page and requireStaff's redirect alike.

export const SIGN_IN_PATH = "/admin/login";
const AFTER_SIGN_IN = "/admin";
const ORIGIN = "http://staff.invalid";

/**
 * `value` when it is a local staff path (`/admin…`, not the sign-in page), else null. An open redirect
 * would let a link to our sign-in page send staff on to a look-alike site: `//host`, `/\host` and
 * absolute URLs are refused.
 */
export function safeStaffPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2000) return null;
  if (!value.startsWith("/admin") || value.startsWith("//") || value.includes("\\")) return null;
  // Control characters (a newline, a tab) could smuggle a second path or header.
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN) return null;
  const path = url.pathname.replace(/\/+$/, "");
  if (path !== "/admin" && !path.startsWith("/admin/")) return null;
  if (path === SIGN_IN_PATH || path.startsWith(`${SIGN_IN_PATH}/`)) return null;
  return value;
}

/** Where to go after signing in: the asked-for staff page when it is safe, else the dashboard. */
export const afterSignIn = (next: unknown): string => safeStaffPath(next) ?? AFTER_SIGN_IN;

/** The sign-in page, remembering the staff page to come back to (when it is a safe one). */
export function signInHref(next: unknown): string {
  const path = safeStaffPath(next);
  return path ? `${SIGN_IN_PATH}?next=${encodeURIComponent(path)}` : SIGN_IN_PATH;
}
