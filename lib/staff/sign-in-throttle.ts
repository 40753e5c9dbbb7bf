// Slows down guessing the staff password. Per client address key: attempts wait in line one at a time,
// and each is counted as a failure when it arrives (a success takes that back), so the delay before it
// is answered doubles with every attempt before it: 0, 250 ms, 500 ms … up to 8 s, forgotten after a
// quiet quarter of an hour. Parallel guesses from one address gain nothing.
// Across all addresses, a ceiling on failed attempts per minute bounds a guesser with many addresses.
// Deliberate trade-off: above the ceiling every sign-in is refused for the rest of the minute, the
// right password included and without checking it. A flood of wrong guesses can thus keep staff out
// for as long as it lasts, in exchange for a hard bound on guesses (the ceiling per minute, per process).
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export type SignInOutcome = { ok: true } | { ok: false; reason: "wrong-password" | "too-many-failures" };

export interface SignInThrottleOptions {
  /** Failed attempts per minute from all addresses together above which every attempt is refused. */
  failuresPerMinute: number;
  /** How many address keys are remembered; beyond it the least recently seen is forgotten. */
  maxKeys?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const FIRST_DELAY_MS = 250;
export const MAX_DELAY_MS = 8000;
export const FORGET_AFTER_MS = 15 * 60_000;
const DEFAULT_MAX_KEYS = 10_000;
const ALL_ADDRESSES = "all";

interface KeyState {
  /** Failures counted so far, including attempts still waiting or being checked. */
  failures: number;
  lastAttemptAt: number;
  /** Attempts of this key not yet answered. */
  pending: number;
  /** Settles when the last attempt in line has been answered. */
  line: Promise<void>;
}

/** The wait before an attempt that has `failures` counted before it. */
export const delayAfter = (failures: number): number => (failures <= 0 ? 0 : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - 1)));

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class SignInThrottle {
  private readonly keys = new Map<string, KeyState>();
  private readonly ceiling: RateLimiterMemory;
  private readonly maxKeys: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: SignInThrottleOptions) {
    this.ceiling = new RateLimiterMemory({ points: options.failuresPerMinute, duration: 60 });
    this.maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
  }

  /** Address keys remembered now. */
  get size(): number {
    return this.keys.size;
  }

  /** How long the next attempt from this key would wait after those already in line. */
  delayFor(key: string): number {
    const state = this.keys.get(key);
    return state && this.now() - state.lastAttemptAt <= FORGET_AFTER_MS ? delayAfter(state.failures) : 0;
  }

  /** Runs `checkPassword` in its turn and after its delay, unless the ceiling is reached; records the outcome. */
  async attempt(key: string, checkPassword: () => Promise<boolean>): Promise<SignInOutcome> {
    const state = this.arrive(key);
    const delay = delayAfter(state.failures);
    state.failures += 1;
    state.pending += 1;
    const before = state.line;
    let done!: () => void;
    state.line = new Promise<void>((resolve) => (done = resolve));
    try {
      await before;
      if (delay > 0) await this.sleep(delay);
      if (!(await this.reserveFailure())) return { ok: false, reason: "too-many-failures" };
      if (!(await checkPassword())) return { ok: false, reason: "wrong-password" };
      await this.ceiling.reward(ALL_ADDRESSES, 1);
      // Attempts still in line stay counted: only the past is cleared.
      state.failures = state.pending - 1;
      return { ok: true };
    } finally {
      state.pending -= 1;
      if (state.pending === 0 && state.failures === 0 && this.keys.get(key) === state) this.keys.delete(key);
      done();
    }
  }

  /** The key's state, most recently seen last; a new key may push the least recently seen idle one out. */
  private arrive(key: string): KeyState {
    const now = this.now();
    let state = this.keys.get(key);
    if (state) {
      this.keys.delete(key);
      if (now - state.lastAttemptAt > FORGET_AFTER_MS && state.pending === 0) state.failures = 0;
    } else {
      state = { failures: 0, lastAttemptAt: now, pending: 0, line: Promise.resolve() };
      if (this.keys.size >= this.maxKeys) this.evictOne();
    }
    state.lastAttemptAt = now;
    this.keys.set(key, state);
    return state;
  }

  private evictOne(): void {
    // Prefer a key with no attempt in flight: forgetting a busy one would let its next attempt skip the line.
    for (const [key, state] of this.keys)
      if (state.pending === 0) {
        this.keys.delete(key);
        return;
      }
    const oldest = this.keys.keys().next();
    if (!oldest.done) this.keys.delete(oldest.value);
  }

  /** Counts this attempt against the ceiling before checking (a success gives it back), so parallel guesses cannot overshoot it. */
  private async reserveFailure(): Promise<boolean> {
    try {
      await this.ceiling.consume(ALL_ADDRESSES, 1);
      return true;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return false;
      throw refusal;
    }
  }
}
