// Is a request from our own pages? Browsers name the page's origin on every cross-origin request
// (Origin) and say how the request relates to the page (Sec-Fetch-Site). Free of Next.js request APIs:
// route handlers and the Socket.IO handshake both use it.

export interface OriginCheck {
  /** The Origin header, if any. */
  origin: string | null | undefined;
  /** The Host header the request came to. */
  host: string | null | undefined;
  /** The Sec-Fetch-Site header, if any. */
  fetchSite?: string | null;
  /** APP_ORIGIN: the origins the app is served from; empty means "the Host the request came to". */
  allowed: readonly string[];
}

/**
 * True for our own pages and for clients that are not browsers (no Origin, no Sec-Fetch-Site: curl, the
 * JSON API's scripts), false for another site's page, or a sandboxed one (Origin "null").
 */
export function isSameOrigin({ origin, host, fetchSite, allowed }: OriginCheck): boolean {
  if (!origin) return fetchSite !== "cross-site" && fetchSite !== "same-site";
  if (origin === "null") return false;
  if (allowed.length > 0) return allowed.includes(origin);
  try {
    return !!host && new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}
