import { describe, expect, it } from "vitest";
import type { ShowListing } from "../queries/shows";
import { applyShowChanges, availabilityAnnouncement, listingFromJson, mergeShowList, UNLISTED } from "./show-list";

const show = (showId: string, position: number, more: Partial<ShowListing> = {}): ShowListing => ({
  showId,
  title: showId[0]?.toUpperCase() + showId.slice(1),
  venue: "Globe",
  startsAt: `2030-01-0${showId.length % 9}T19:00:00.000Z`,
  timeZone: "Europe/London",
  status: "published",
  currency: "EUR",
  minPriceCents: 1000,
  maxPriceCents: 5000,
  seatsTotal: 100,
  seatsAvailable: 100,
  position,
  ...more,
});

const ids = (shows: ShowListing[]) => shows.map((s) => s.showId);

describe("applyShowChanges", () => {
  it("takes a newer row and ignores an older or equal one", () => {
    const list = [show("hamlet", 10, { seatsAvailable: 90 })];
    const newer = applyShowChanges(list, [show("hamlet", 12, { seatsAvailable: 88 })]);
    expect(newer[0]?.seatsAvailable).toBe(88);
    expect(applyShowChanges(newer, [show("hamlet", 11, { seatsAvailable: 89 })])).toBe(newer);
    expect(applyShowChanges(newer, [show("hamlet", 12, { seatsAvailable: 70 })])).toBe(newer);
  });

  it("keeps a cancelled show on the page, marked, and never adds one it did not list", () => {
    const list = [show("hamlet", 10)];
    const next = applyShowChanges(list, [show("hamlet", 11, { status: "cancelled" }), show("macbeth", 11, { status: "cancelled" })]);
    expect(next).toEqual([show("hamlet", 11, { status: "cancelled" })]);
  });

  it("adds a newly published show in start order", () => {
    const list = [show("ab", 5), show("abcd", 6)];
    expect(ids(applyShowChanges(list, [show("abc", 9)]))).toEqual(["ab", "abc", "abcd"]);
  });
});

describe("mergeShowList", () => {
  it("takes the listed rows unless ours are newer", () => {
    const ours = [show("hamlet", 20, { seatsAvailable: 80 }), show("macbeth", 5, { seatsAvailable: 50 })];
    const listed = [show("hamlet", 15, { seatsAvailable: 85 }), show("macbeth", 18, { seatsAvailable: 40 })];
    const merged = mergeShowList(ours, listed, 18);
    expect(merged.map((s) => [s.showId, s.seatsAvailable])).toEqual([
      ["hamlet", 80],
      ["macbeth", 40],
    ]);
  });

  it("marks a show the list no longer has, unless ours is newer than the list", () => {
    const ours = [show("hamlet", 10), show("macbeth", 30), show("lear", 8, { status: "cancelled" })];
    const merged = mergeShowList(ours, [show("romeo", 12)], 20);
    expect(merged.map((s) => [s.showId, s.status])).toEqual([
      ["lear", "cancelled"],
      ["romeo", "published"],
      ["hamlet", UNLISTED],
      ["macbeth", "published"],
    ]);
  });
});

it("reads a show of the JSON API as a listing", () => {
  const json = {
    id: "hamlet",
    title: "Hamlet",
    venue: "Globe",
    description: "",
    startsAt: "2030-01-06T19:00:00.000Z",
    timeZone: "Europe/London",
    status: "published",
    currency: "EUR",
    priceRange: { minCents: 1000, maxCents: 5000 },
    seats: { total: 100, available: 97, held: 3, booked: 0 },
    availability: "available" as const,
    position: 42,
  };
  expect(listingFromJson(json)).toEqual(show("hamlet", 42, { title: "Hamlet", startsAt: "2030-01-06T19:00:00.000Z", seatsAvailable: 97 }));
});

describe("availabilityAnnouncement", () => {
  it("says nothing about shows it first hears of, then names each that changed", () => {
    const first = availabilityAnnouncement(new Map(), [show("hamlet", 1)]);
    expect(first.text).toBeNull();
    const second = availabilityAnnouncement(first.spoken, [show("hamlet", 2, { seatsAvailable: 97 })]);
    expect(second.text).toBe("Hamlet: 97 of 100 seats available.");
    expect(availabilityAnnouncement(second.spoken, [show("hamlet", 3, { seatsAvailable: 97 })]).text).toBeNull();
    expect(availabilityAnnouncement(second.spoken, [show("hamlet", 3, { seatsAvailable: 0 })]).text).toBe("Hamlet: sold out.");
    expect(availabilityAnnouncement(second.spoken, [show("hamlet", 3, { status: "cancelled" })]).text).toBe("Hamlet: cancelled.");
  });

  it("sums up many changed shows in a count", () => {
    const shows = ["a", "bb", "ccc", "dddd"].map((id) => show(id, 1));
    const { spoken } = availabilityAnnouncement(new Map(), shows);
    const changed = shows.map((s) => ({ ...s, seatsAvailable: 1, position: 2 }));
    expect(availabilityAnnouncement(spoken, changed).text).toBe("Seat availability changed for 4 shows.");
  });
});
