// The sign-in throttle with an injected clock and sleep: every delay is recorded, none is waited for.
import { afterEach, describe, expect, it, vi } from "vitest";
import { delayAfter, FORGET_AFTER_MS, MAX_DELAY_MS, SignInThrottle } from "./sign-in-throttle";

function throttle(options: { failuresPerMinute?: number; maxKeys?: number } = {}) {
  let now = 1_000_000;
  const slept: number[] = [];
  const t = new SignInThrottle({
    failuresPerMinute: options.failuresPerMinute ?? 1000,
    maxKeys: options.maxKeys,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
    },
  });
  return { t, slept, advance: (ms: number) => (now += ms) };
}

const wrong = async () => false;
const right = async () => true;

afterEach(() => {
  vi.useRealTimers();
});

describe("the staff sign-in throttle", () => {
  it("doubles the wait with every failure from one key, from 250 ms up to 8 s", async () => {
    const { t, slept } = throttle();
    for (let i = 0; i < 8; i++) expect(await t.attempt("a", wrong)).toEqual({ ok: false, reason: "wrong-password" });
    expect(slept).toEqual([250, 500, 1000, 2000, 4000, 8000, 8000]);
    expect(t.delayFor("a")).toBe(MAX_DELAY_MS);
    expect(t.delayFor("b")).toBe(0);
    expect(delayAfter(0)).toBe(0);
  });

  it("puts parallel attempts from one key in line, each counted before it waits, so the delays grow", async () => {
    const { t, slept } = throttle();
    let checking = 0;
    let mostAtOnce = 0;
    const slowWrong = async () => {
      checking += 1;
      mostAtOnce = Math.max(mostAtOnce, checking);
      await new Promise((resolve) => setImmediate(resolve));
      checking -= 1;
      return false;
    };
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => t.attempt("a", slowWrong)));
    expect(outcomes.every((o) => !o.ok && o.reason === "wrong-password")).toBe(true);
    expect(mostAtOnce).toBe(1);
    expect(slept).toEqual([250, 500, 1000, 2000]);
    // Another key is not held up by them.
    expect(t.delayFor("b")).toBe(0);
  });

  it("clears a key on success, and forgets it after a quiet quarter of an hour", async () => {
    const { t, slept, advance } = throttle();
    await t.attempt("a", wrong);
    await t.attempt("a", wrong);
    expect(await t.attempt("a", right)).toEqual({ ok: true });
    expect(t.delayFor("a")).toBe(0);
    expect(t.size).toBe(0);
    slept.length = 0;
    await t.attempt("a", wrong);
    await t.attempt("a", wrong);
    expect(slept).toEqual([250]);
    advance(FORGET_AFTER_MS + 1);
    expect(t.delayFor("a")).toBe(0);
    await t.attempt("a", wrong);
    expect(slept).toEqual([250]);
  });

  it("keeps attempts still in line counted when one before them succeeds", async () => {
    const { t, slept } = throttle();
    await t.attempt("a", wrong);
    const [first, second] = await Promise.all([t.attempt("a", right), t.attempt("a", wrong)]);
    expect(first).toEqual({ ok: true });
    expect(second).toMatchObject({ ok: false });
    expect(slept).toEqual([250, 500]);
    // The failure queued behind the success still counts.
    expect(t.delayFor("a")).toBe(250);
  });

  it("remembers a bounded number of keys, forgetting the least recently seen", async () => {
    const { t } = throttle({ maxKeys: 100 });
    for (let i = 0; i < 1000; i++) await t.attempt(`10.0.${Math.floor(i / 250)}.${i % 250}`, wrong);
    expect(t.size).toBe(100);
    expect(t.delayFor("10.0.3.249")).toBe(250);
    expect(t.delayFor("10.0.0.0")).toBe(0);
  });

  it("refuses every attempt above the ceiling of failures per minute, without checking the password", async () => {
    vi.useFakeTimers();
    const { t } = throttle({ failuresPerMinute: 3 });
    const check = vi.fn(wrong);
    for (const key of ["a", "b", "c"]) expect(await t.attempt(key, check)).toEqual({ ok: false, reason: "wrong-password" });
    const rightPassword = vi.fn(right);
    expect(await t.attempt("d", rightPassword)).toEqual({ ok: false, reason: "too-many-failures" });
    expect(rightPassword).not.toHaveBeenCalled();
    expect(check).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(61_000);
    expect(await t.attempt("d", rightPassword)).toEqual({ ok: true });
  });

  it("does not count successes against the ceiling", async () => {
    const { t } = throttle({ failuresPerMinute: 2 });
    for (let i = 0; i < 10; i++) expect(await t.attempt(`k${i}`, right)).toEqual({ ok: true });
    expect(await t.attempt("x", wrong)).toMatchObject({ reason: "wrong-password" });
  });
});
