import { describe, expect, it } from "vitest";
import { schemaChanges } from "./event-schemas";

const upcastOf = (type: string, fromVersion: number, defaultTimeZone: string) => {
  const change = schemaChanges((id) => id, defaultTimeZone).find((c) => c.type === type && c.fromVersion === fromVersion);
  if (!change) throw new Error(`no change for ${type} v${fromVersion}`);
  return change.upcast;
};

describe("ShowScheduled v1", () => {
  it("is read in the configured venue time zone", () => {
    expect(upcastOf("ShowScheduled", 1, "America/New_York")({ showId: "s", startsAt: "2030-01-01T19:30:00.000Z" })).toEqual({
      showId: "s",
      startsAt: "2030-01-01T19:30:00.000Z",
      timeZone: "America/New_York",
    });
  });

  it("keeps a zone it already has", () => {
    expect(upcastOf("ShowScheduled", 1, "UTC")({ showId: "s", timeZone: "Europe/Paris" })).toMatchObject({ timeZone: "Europe/Paris" });
  });
});
