// What changed between two versions of an aggregate's state, as paths ("seats.C-12.status"), for the
// history viewer's time travel. Plain JSON only: objects by key, arrays by index.

export type StateChange =
  | { kind: "added"; path: string; after: unknown }
  | { kind: "removed"; path: string; before: unknown }
  | { kind: "changed"; path: string; before: unknown; after: unknown };

type Plain = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Plain =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const join = (path: string, key: string | number) => (path === "" ? String(key) : `${path}.${key}`);

/** Every added, removed and changed leaf path from `before` to `after`, in key order. */
export function diffState(before: unknown, after: unknown, path = ""): StateChange[] {
  if (Object.is(before, after)) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: StateChange[] = [];
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) {
      if (i >= after.length) changes.push({ kind: "removed", path: join(path, i), before: before[i] });
      else if (i >= before.length) changes.push({ kind: "added", path: join(path, i), after: after[i] });
      else changes.push(...diffState(before[i], after[i], join(path, i)));
    }
    return changes;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const changes: StateChange[] = [];
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) {
      if (!(key in after)) changes.push({ kind: "removed", path: join(path, key), before: before[key] });
      else if (!(key in before)) changes.push({ kind: "added", path: join(path, key), after: after[key] });
      else changes.push(...diffState(before[key], after[key], join(path, key)));
    }
    return changes;
  }
  // Different kinds, or two different leaves: one change at this path.
  return [{ kind: "changed", path, before, after }];
}
