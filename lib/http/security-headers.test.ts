import { describe, expect, it } from "vitest";
import { DEFAULT_CONTENT_SECURITY_POLICY, newNonce, pageContentSecurityPolicy, setSecurityHeaders } from "./security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));

describe("security headers", () => {
  it("sets the defaults every response carries", () => {
    const headers = new Map<string, string>();
    setSecurityHeaders({ setHeader: (name, value) => headers.set(name.toLowerCase(), value) });
    expect(Object.fromEntries(headers)).toEqual({
      "content-security-policy": DEFAULT_CONTENT_SECURITY_POLICY,
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "x-frame-options": "DENY",
    });
    expect(directives(DEFAULT_CONTENT_SECURITY_POLICY).get("default-src")).toEqual(["'none'"]);
    expect(directives(DEFAULT_CONTENT_SECURITY_POLICY).get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("lets a page run only scripts with its nonce, and nothing frame it", () => {
    const csp = directives(pageContentSecurityPolicy("abc123==", false));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(csp.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("allows eval and inline styles only in development", () => {
    expect(pageContentSecurityPolicy("n", false)).not.toContain("unsafe-eval");
    const dev = directives(pageContentSecurityPolicy("n", true));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("makes a fresh, unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
