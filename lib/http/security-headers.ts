// The security headers of every response. server.ts sets the defaults on every response before Next.js or
// Socket.IO sees the request; proxy.ts replaces the CSP of pages with one that carries the request's nonce.
// Free of next/* imports: server.ts loads it before Next.js has started.

/** For everything that is not a page (static files, JSON, Socket.IO): nothing may run, load or frame it. */
export const DEFAULT_CONTENT_SECURITY_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": DEFAULT_CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // frame-ancestors says the same to browsers that read CSP; this is for the ones that do not.
  "X-Frame-Options": "DENY",
};

export interface HeaderTarget {
  setHeader(name: string, value: string): unknown;
}

export function setSecurityHeaders(res: HeaderTarget): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/**
 * The CSP of a page. Scripts: only those carrying this request's nonce (Next.js adds it to its own), and what
 * they load ('strict-dynamic'). Styles: our stylesheets and nonced <style> elements; style attributes are
 * allowed because the seat map and the charts position things with them (a style attribute cannot run code).
 * Development adds what React's debugging and hot reloading need.
 */
export function pageContentSecurityPolicy(nonce: string, development: boolean): string {
  const directives: Array<[string, ...string[]]> = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", ...(development ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    // Socket.IO: its WebSocket and polling requests go to this same origin.
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
