import { describe, expect, it } from "vitest";
import { joinableShows, type ShowStatusLookup } from "./joinable-shows";

function catalogue(statuses: Record<string, string>) {
  const reads: string[] = [];
  const lookup: ShowStatusLookup = async (showId) => {
    reads.push(showId);
    const status = statuses[showId];
    return status ? { status } : null;
  };
  return { lookup, reads, statuses };
}

describe("joinableShows", () => {
  it("lets seat maps join published and cancelled shows, not drafts or unknown ones", async () => {
    const { lookup } = catalogue({ hamlet: "published", gone: "cancelled", secret: "draft" });
    const shows = joinableShows(lookup);
    expect(await shows.isJoinable("hamlet")).toBe(true);
    expect(await shows.isJoinable("gone")).toBe(true);
    expect(await shows.isJoinable("secret")).toBe(false);
    expect(await shows.isJoinable("nope")).toBe(false);
  });

  it("reads a show once for a storm of joins, and keeps a yes", async () => {
    const { lookup, reads } = catalogue({ hamlet: "published" });
    const shows = joinableShows(lookup);
    const answers = await Promise.all(Array.from({ length: 500 }, () => shows.isJoinable("hamlet")));
    expect(answers.every(Boolean)).toBe(true);
    expect(await shows.isJoinable("hamlet")).toBe(true);
    expect(reads).toEqual(["hamlet"]);
  });

  it("remembers a refusal only briefly: a draft may be published", async () => {
    let now = 0;
    const { lookup, reads, statuses } = catalogue({ secret: "draft" });
    const shows = joinableShows(lookup, { refusalTtlMs: 1000, now: () => now });
    expect(await shows.isJoinable("secret")).toBe(false);
    statuses.secret = "published";
    now = 999;
    expect(await shows.isJoinable("secret")).toBe(false);
    now = 1001;
    expect(await shows.isJoinable("secret")).toBe(true);
    expect(reads).toEqual(["secret", "secret"]);
  });

  it("asks again after a failed read", async () => {
    let fail = true;
    const shows = joinableShows(async () => {
      if (fail) throw new Error("database down");
      return { status: "published" };
    });
    expect(await shows.isJoinable("hamlet")).toBe(false);
    fail = false;
    expect(await shows.isJoinable("hamlet")).toBe(true);
  });

  it("remembers at most maxEntries shows, forgetting the oldest", async () => {
    const { lookup, reads } = catalogue({ a: "published", b: "published", c: "published" });
    const shows = joinableShows(lookup, { maxEntries: 2 });
    for (const id of ["a", "b", "c", "c", "b", "a"]) await shows.isJoinable(id);
    expect(reads).toEqual(["a", "b", "c", "a"]);
  });
});
