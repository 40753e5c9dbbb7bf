import { describe, expect, it } from "vitest";
import { diffState } from "./state-diff";

describe("diffState", () => {
  it("finds nothing between equal states", () => {
    expect(diffState({ a: 1, b: [1, { c: "x" }] }, { a: 1, b: [1, { c: "x" }] })).toEqual([]);
  });

  it("names a changed leaf by its path", () => {
    expect(diffState({ status: "held", seats: { "C-12": { status: "held" } } }, { status: "confirmed", seats: { "C-12": { status: "booked" } } })).toEqual([
      { kind: "changed", path: "status", before: "held", after: "confirmed" },
      { kind: "changed", path: "seats.C-12.status", before: "held", after: "booked" },
    ]);
  });

  it("reports added and removed keys with their values", () => {
    expect(diffState({ a: 1, gone: { x: 1 } }, { a: 1, fresh: [1] })).toEqual([
      { kind: "removed", path: "gone", before: { x: 1 } },
      { kind: "added", path: "fresh", after: [1] },
    ]);
  });

  it("compares arrays by index and reports extra or missing items", () => {
    expect(diffState([1, 2], [1, 3, 4])).toEqual([
      { kind: "changed", path: "1", before: 2, after: 3 },
      { kind: "added", path: "2", after: 4 },
    ]);
    expect(diffState({ ids: ["a", "b"] }, { ids: ["a"] })).toEqual([{ kind: "removed", path: "ids.1", before: "b" }]);
  });

  it("treats a change of kind (null to object) as one change", () => {
    expect(diffState({ hold: null }, { hold: { until: "t" } })).toEqual([{ kind: "changed", path: "hold", before: null, after: { until: "t" } }]);
  });

  it("diffs from the empty state at version 0", () => {
    expect(diffState(undefined, { status: "held" })).toEqual([{ kind: "changed", path: "", before: undefined, after: { status: "held" } }]);
  });
});
