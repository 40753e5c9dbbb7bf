import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./origin";

describe("same-origin check", () => {
  const host = "tickets.example.com";
  it("accepts our own pages and clients that are not browsers", () => {
    expect(isSameOrigin({ origin: "https://tickets.example.com", host, allowed: [] })).toBe(true);
    expect(isSameOrigin({ origin: null, host, allowed: [] })).toBe(true);
    expect(isSameOrigin({ origin: undefined, host, fetchSite: "same-origin", allowed: [] })).toBe(true);
    expect(isSameOrigin({ origin: undefined, host, fetchSite: "none", allowed: [] })).toBe(true);
  });

  it("refuses other sites, sandboxed pages and cross-site requests that hide their origin", () => {
    expect(isSameOrigin({ origin: "https://evil.example", host, allowed: [] })).toBe(false);
    expect(isSameOrigin({ origin: "https://tickets.example.com.evil.example", host, allowed: [] })).toBe(false);
    expect(isSameOrigin({ origin: "null", host, allowed: [] })).toBe(false);
    expect(isSameOrigin({ origin: "not a url", host, allowed: [] })).toBe(false);
    expect(isSameOrigin({ origin: undefined, host, fetchSite: "cross-site", allowed: [] })).toBe(false);
    expect(isSameOrigin({ origin: "https://tickets.example.com", host: undefined, allowed: [] })).toBe(false);
  });

  it("follows APP_ORIGIN when it is set, whatever the Host header says", () => {
    const allowed = ["https://tickets.example.com"];
    expect(isSameOrigin({ origin: "https://tickets.example.com", host: "10.0.0.5:3000", allowed })).toBe(true);
    expect(isSameOrigin({ origin: "http://10.0.0.5:3000", host: "10.0.0.5:3000", allowed })).toBe(false);
  });
});
