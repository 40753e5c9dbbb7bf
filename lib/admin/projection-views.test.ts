import { describe, expect, it } from "vitest";
import { rebuildSecondsLeft, type RebuildState } from "./projection-views";

const started = "2026-12-03T08:00:00.000Z";
const at = (seconds: number) => Date.parse(started) + seconds * 1000;
const rebuild = (position: number, target: number, extra: Partial<RebuildState> = {}): RebuildState => ({
  progress: { name: "seat-view", position, target, percent: 0, done: false },
  startedAt: started,
  error: null,
  ...extra,
});

describe("a rebuild's time left", () => {
  it("is the rest of the log at the pace kept so far", () => {
    expect(rebuildSecondsLeft(rebuild(250_000, 1_000_000), at(10))).toBe(30);
  });

  it("is unknown before the rebuild has moved, and none once it is over or failed", () => {
    expect(rebuildSecondsLeft(rebuild(0, 1_000_000), at(1))).toBeNull();
    expect(rebuildSecondsLeft({ ...rebuild(1_000_000, 1_000_000), progress: { name: "x", position: 1, target: 1, percent: 100, done: true } }, at(5))).toBeNull();
    expect(rebuildSecondsLeft(rebuild(10, 100, { error: "gone" }), at(5))).toBeNull();
  });
});
