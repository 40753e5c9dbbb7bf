// Runs before every page: a fresh CSP nonce (Next.js puts it on its own scripts), the sign-in redirect
// for staff pages without a session cookie, and the path + query for server components.
import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pageContentSecurityPolicy } from "@/lib/http/security-headers";
import { PATHNAME_HEADER, staffSignInRedirect } from "@/lib/http/page-requests";
import { STAFF_COOKIE } from "@/lib/staff/session-cookie";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasStaffCookie = !!request.cookies.get(STAFF_COOKIE)?.value;
  const signIn = staffSignInRedirect({ method: request.method, pathname, search, hasStaffCookie });
  if (signIn) return NextResponse.redirect(new URL(signIn, request.url));

  const nonce = newNonce();
  const csp = pageContentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  // Next.js finds the nonce in the request's CSP; whatever a client sent under these names is replaced.
  headers.set("Content-Security-Policy", csp);
  headers.set("x-nonce", nonce);
  headers.set(PATHNAME_HEADER, pathname + search);
  const response = NextResponse.next({ request: { headers } });
  // Replaces the restrictive default server.ts set for every response.
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Not for static files, icons, Socket.IO or the JSON API: they keep server.ts's restrictive defaults.
  matcher: ["/((?!_next/static|_next/image|socket\\.io|api/|favicon\\.ico|icon\\.svg|apple-icon|apple-touch-icon\\.png|icon-[a-z0-9-]+\\.png|og-image\\.png|robots\\.txt|manifest\\.webmanifest).*)"],
};
