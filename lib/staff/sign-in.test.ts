import { describe, expect, it } from "vitest";
import bcrypt from "bcryptjs";
import { CLIENT_ADDRESS_HEADER } from "../http/client-address";
import { passwordMatches, signInKey } from "./sign-in";

describe("staff sign-in", () => {
  it("accepts the configured password as plain text or as a bcrypt hash, and nothing else", async () => {
    expect(await passwordMatches("correct horse", "correct horse")).toBe(true);
    expect(await passwordMatches("correct hors", "correct horse")).toBe(false);
    const hash = await bcrypt.hash("correct horse", 4);
    expect(await passwordMatches("correct horse", hash)).toBe(true);
    expect(await passwordMatches("wrong", hash)).toBe(false);
  });

  it("counts attempts by the address server.ts decided, whatever X-Forwarded-For says", () => {
    const keys = ["203.0.113.9", "198.51.100.1, 10.0.0.1", "10.0.0.7", "2001:db8::1", ""].map((forwarded) =>
      signInKey(new Headers({ [CLIENT_ADDRESS_HEADER]: "192.0.2.44", "x-forwarded-for": forwarded })),
    );
    expect(new Set(keys)).toEqual(new Set(["192.0.2.44"]));
    // Without the header's own address, X-Forwarded-For is still not believed.
    expect(signInKey(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("unknown");
  });

  it("keys an IPv6 client by its /64, so rotating addresses within it gains nothing", () => {
    const key = (address: string) => signInKey(new Headers({ [CLIENT_ADDRESS_HEADER]: address }));
    expect(key("2001:db8:1:2::1")).toBe(key("2001:db8:1:2:ffff:ffff:ffff:fffe"));
    expect(key("2001:db8:1:2::1")).not.toBe(key("2001:db8:1:3::1"));
    expect(key("::ffff:192.0.2.44")).toBe("192.0.2.44");
  });
});
