import { describe, expect, it } from "vitest";
import { isTimeZone, utcToVenueTime, venueTimeToUtc } from "./venue-time";

describe("venue time", () => {
  it.each(["Europe/London", "America/New_York", "UTC", "Asia/Kolkata"])("knows %s", (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });

  it.each(["", "Mars/Olympus", "GMT+25", "x".repeat(80)])("refuses %j", (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });

  it("reads the venue's clock in summer and winter", () => {
    expect(venueTimeToUtc("2030-06-08T19:30", "Europe/London")).toBe("2030-06-08T18:30:00.000Z");
    expect(venueTimeToUtc("2030-12-08T19:30", "Europe/London")).toBe("2030-12-08T19:30:00.000Z");
    expect(venueTimeToUtc("2030-12-08T19:30", "America/New_York")).toBe("2030-12-09T00:30:00.000Z");
    expect(venueTimeToUtc("2030-06-08T19:30", "Asia/Kolkata")).toBe("2030-06-08T14:00:00.000Z");
  });

  it("takes the first of a repeated hour and the old offset in a skipped one", () => {
    // London: clocks go back at 02:00 BST on 27 Oct 2030, forward at 01:00 GMT on 31 Mar 2030.
    expect(venueTimeToUtc("2030-10-27T01:30", "Europe/London")).toBe("2030-10-27T00:30:00.000Z");
    expect(venueTimeToUtc("2030-03-31T01:30", "Europe/London")).toBe("2030-03-31T01:30:00.000Z");
  });

  it("refuses what is not a time", () => {
    expect(venueTimeToUtc("2030-02-30T19:30", "Europe/London")).toBeNull();
    expect(venueTimeToUtc("2030-06-08 19:30", "Europe/London")).toBeNull();
    expect(venueTimeToUtc("2030-06-08T25:00", "Europe/London")).toBeNull();
    expect(venueTimeToUtc("2030-06-08T19:30", "Nowhere/Else")).toBeNull();
  });

  it("gives back what staff typed", () => {
    for (const zone of ["Europe/London", "America/New_York", "Australia/Sydney"])
      expect(utcToVenueTime(venueTimeToUtc("2030-06-08T19:30", zone) as string, zone)).toBe("2030-06-08T19:30");
  });
});
