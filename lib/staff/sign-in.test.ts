import { describe, expect, it } from "vitest";
import bcrypt from "bcryptjs";
import { delayFor, passwordMatches, recordFailure, recordSuccess } from "./sign-in";

describe("staff sign-in", () => {
  it("makes each failed attempt from one address wait twice as long, up to 8 s, and forgets after a success", () => {
    const client = `test-${Math.random()}`;
    const t = 1_000_000;
    expect(delayFor(client, t)).toBe(0);
    recordFailure(client, t);
    expect(delayFor(client, t)).toBe(250);
    recordFailure(client, t);
    expect(delayFor(client, t)).toBe(500);
    for (let i = 0; i < 10; i++) recordFailure(client, t);
    expect(delayFor(client, t)).toBe(8000);
    expect(delayFor("someone-else", t)).toBe(0);
    recordSuccess(client);
    expect(delayFor(client, t)).toBe(0);
  });

  it("forgets failures after a quiet quarter of an hour", () => {
    const client = `test-${Math.random()}`;
    recordFailure(client, 0);
    recordFailure(client, 0);
    expect(delayFor(client, 15 * 60_000 + 1)).toBe(0);
  });

  it("accepts the configured password as plain text or as a bcrypt hash, and nothing else", async () => {
    expect(await passwordMatches("correct horse", "correct horse")).toBe(true);
    expect(await passwordMatches("correct hors", "correct horse")).toBe(false);
    const hash = await bcrypt.hash("correct horse", 4);
    expect(await passwordMatches("correct horse", hash)).toBe(true);
    expect(await passwordMatches("wrong", hash)).toBe(false);
  });
});
