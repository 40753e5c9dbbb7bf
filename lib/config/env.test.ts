import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

/** The message parseEnv throws for this source (fails the test if it does not throw). */
function errorOf(source: Record<string, string>): string {
  try {
    parseEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  return expect.unreachable(`parseEnv(${JSON.stringify(source)}) did not throw`);
}

describe("parseEnv", () => {
  it("fills in the defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/booking.db");
    expect(env.PORT).toBe(3000);
    expect(env.HOLD_TTL_SECONDS).toBe(900);
    expect(env.VENUE_TIME_ZONE).toBe("Europe/London");
  });

  it("takes an IANA VENUE_TIME_ZONE and refuses anything else", () => {
    expect(parseEnv({ VENUE_TIME_ZONE: " America/New_York " }).VENUE_TIME_ZONE).toBe("America/New_York");
    expect(errorOf({ VENUE_TIME_ZONE: "London" })).toContain("VENUE_TIME_ZONE:");
  });

  it("does not read process.env when given a source", () => {
    const before = process.env.PORT;
    process.env.PORT = "4321";
    try {
      expect(parseEnv({}).PORT).toBe(3000);
    } finally {
      if (before === undefined) delete process.env.PORT;
      else process.env.PORT = before;
    }
  });

  it("accepts a postgresql:// DATABASE_URL", () => {
    const url = "postgresql://booking:secret@db.internal:5432/booking?sslmode=require";
    expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });

  it("accepts a file: DATABASE_URL and trims surrounding whitespace", () => {
    expect(parseEnv({ DATABASE_URL: "  file:/var/lib/booking/booking.db\n" }).DATABASE_URL).toBe(
      "file:/var/lib/booking/booking.db",
    );
  });

  it("coerces numeric strings", () => {
    const env = parseEnv({ PORT: "8080", HOLD_TTL_SECONDS: "600" });
    expect(env.PORT).toBe(8080);
    expect(env.HOLD_TTL_SECONDS).toBe(600);
  });

  it.each([
    ["DATABASE_URL", "mysql://x"],
    ["DATABASE_URL", "booking.db"],
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["HOLD_TTL_SECONDS", "-1"],
    ["HOLD_TTL_SECONDS", "1.5"],
  ])("rejects %s=%j with a message naming the variable", (name, value) => {
    const message = errorOf({ [name]: value });
    expect(message).toMatch(/^Invalid environment/);
    expect(message).toContain(`${name}:`);
    // Only the bad variable is reported.
    const others = ["DATABASE_URL", "PORT", "HOLD_TTL_SECONDS"].filter((n) => n !== name);
    for (const other of others) expect(message).not.toContain(`${other}:`);
  });

  it("reports every bad variable at once", () => {
    const message = errorOf({ DATABASE_URL: "mysql://x", PORT: "abc", HOLD_TTL_SECONDS: "-1" });
    for (const name of ["DATABASE_URL", "PORT", "HOLD_TTL_SECONDS"]) expect(message).toContain(`${name}:`);
  });
});

describe("staff secrets", () => {
  it("uses the development defaults outside production and says so", async () => {
    const { staffSecrets, DEV_ADMIN_PASSWORD } = await import("./env");
    const secrets = staffSecrets(parseEnv({}));
    expect(secrets).toMatchObject({ password: DEV_ADMIN_PASSWORD, usingDefaults: true });
  });

  it("refuses to run in production without a real password and session secret", async () => {
    const { staffSecrets, DEV_ADMIN_PASSWORD } = await import("./env");
    expect(() => staffSecrets(parseEnv({ NODE_ENV: "production" }))).toThrow(/ADMIN_PASSWORD/);
    expect(() => staffSecrets(parseEnv({ NODE_ENV: "production", ADMIN_PASSWORD: DEV_ADMIN_PASSWORD }))).toThrow(/refused in production/);
    expect(() => staffSecrets(parseEnv({ NODE_ENV: "production", ADMIN_PASSWORD: "a-real-password" }))).toThrow(/SESSION_SECRET/);
    const secret = "x".repeat(40);
    expect(staffSecrets(parseEnv({ NODE_ENV: "production", ADMIN_PASSWORD: "a-real-password", SESSION_SECRET: secret }))).toMatchObject({
      password: "a-real-password",
      sessionSecret: secret,
      usingDefaults: false,
    });
  });
});

describe("staff secrets in production", () => {
  const production = (extra: Record<string, string>) => parseEnv({ NODE_ENV: "production", ...extra });
  const secret = "s".repeat(40);

  it("refuses the development session secret", async () => {
    const { staffSecrets, DEV_SESSION_SECRET } = await import("./env");
    expect(() => staffSecrets(production({ ADMIN_PASSWORD: "a-long-enough-password", SESSION_SECRET: DEV_SESSION_SECRET }))).toThrow(
      /SESSION_SECRET: the development secret is refused in production/,
    );
  });

  it("refuses a plain-text password shorter than 12 characters, and takes one of 12", async () => {
    const { staffSecrets, MIN_PRODUCTION_PASSWORD_LENGTH } = await import("./env");
    expect(MIN_PRODUCTION_PASSWORD_LENGTH).toBe(12);
    expect(() => staffSecrets(production({ ADMIN_PASSWORD: "elevenchars", SESSION_SECRET: secret }))).toThrow(/ADMIN_PASSWORD: in production use a bcrypt hash or at least 12/);
    expect(staffSecrets(production({ ADMIN_PASSWORD: "twelve-chars", SESSION_SECRET: secret })).password).toBe("twelve-chars");
  });

  it("takes a bcrypt hash, however short the password behind it", async () => {
    const { staffSecrets } = await import("./env");
    const bcrypt = (await import("bcryptjs")).default;
    const hash = await bcrypt.hash("short", 4);
    expect(staffSecrets(production({ ADMIN_PASSWORD: hash, SESSION_SECRET: secret })).password).toBe(hash);
    // Something that only looks like a hash at first glance is a short plain-text password.
    expect(() => staffSecrets(production({ ADMIN_PASSWORD: "$2b$nothash", SESSION_SECRET: secret }))).toThrow(/ADMIN_PASSWORD/);
  });

  it("names every problem at once", async () => {
    const { staffSecrets, DEV_SESSION_SECRET } = await import("./env");
    const error = (() => {
      try {
        staffSecrets(production({ ADMIN_PASSWORD: "short-pass", SESSION_SECRET: DEV_SESSION_SECRET }));
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    })();
    expect(error).toContain("ADMIN_PASSWORD:");
    expect(error).toContain("SESSION_SECRET:");
  });

  it("reads the staff session length and the sign-in ceiling, with their defaults", () => {
    expect(parseEnv({})).toMatchObject({ STAFF_SESSION_HOURS: 8, SIGN_IN_FAILURES_PER_MINUTE: 60 });
    expect(parseEnv({ STAFF_SESSION_HOURS: "2", SIGN_IN_FAILURES_PER_MINUTE: "10" })).toMatchObject({ STAFF_SESSION_HOURS: 2, SIGN_IN_FAILURES_PER_MINUTE: 10 });
    expect(() => parseEnv({ STAFF_SESSION_HOURS: "0" })).toThrow(/STAFF_SESSION_HOURS/);
    expect(() => parseEnv({ SIGN_IN_FAILURES_PER_MINUTE: "0" })).toThrow(/SIGN_IN_FAILURES_PER_MINUTE/);
  });
});
