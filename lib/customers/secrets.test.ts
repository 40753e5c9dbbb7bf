import { describe, expect, it } from "vitest";
import { customerSecrets, isPseudonym } from "./secrets";

describe("customer secrets", () => {
  const a = customerSecrets("a-secret-that-is-at-least-thirty-two-characters");
  const b = customerSecrets("another-secret-that-is-at-least-thirty-two-chars");
  const cookie = "0f8c0d38-8a5e-4d0b-9a43-0d4c2f3b9e11";

  it("name a customer by a stable pseudonym that does not contain the cookie", () => {
    const name = a.pseudonymOf(cookie);
    expect(isPseudonym(name)).toBe(true);
    expect(name).toBe(a.pseudonymOf(cookie));
    expect(name).not.toContain(cookie.slice(0, 8));
    expect(a.pseudonymOf("another-cookie")).not.toBe(name);
    // Keyed: another deployment's secret gives another name.
    expect(b.pseudonymOf(cookie)).not.toBe(name);
    // Masking twice is masking once (older events read through the upcaster may already be masked).
    expect(a.pseudonymOf(name)).toBe(name);
  });

  it("make manage keys only the server can make, and check them", () => {
    const key = a.manageKeyOf("booking-1");
    expect(key).toHaveLength(32);
    expect(key).not.toContain("booking-1");
    expect(a.isManageKey("booking-1", key)).toBe(true);
    expect(a.isManageKey("booking-2", key)).toBe(false);
    expect(a.isManageKey("booking-1", key.slice(0, -1))).toBe(false);
    expect(a.isManageKey("booking-1", "booking-1")).toBe(false);
    expect(b.isManageKey("booking-1", key)).toBe(false);
  });
});
