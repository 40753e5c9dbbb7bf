// Big states (a seats stream has thousands of seats) are cut down before rendering: the page stays
// small and the full data stays one export away.
const MAX_ENTRIES = 25;

export function collapseJson(value: unknown, maxEntries = MAX_ENTRIES): unknown {
  if (Array.isArray(value)) {
    const shown = value.slice(0, maxEntries).map((item) => collapseJson(item, maxEntries));
    return value.length > maxEntries ? [...shown, `… and ${value.length - maxEntries} more`] : shown;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    const shown = entries.slice(0, maxEntries).map(([key, item]) => [key, collapseJson(item, maxEntries)] as const);
    const result: Record<string, unknown> = Object.fromEntries(shown);
    if (entries.length > maxEntries) result["…"] = `and ${entries.length - maxEntries} more`;
    return result;
  }
  return value;
}
