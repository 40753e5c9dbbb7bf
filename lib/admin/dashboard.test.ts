import { describe, expect, it } from "vitest";
import type { StoredEvent } from "../eventstore/types";
import { bucketSales, type DashboardShow } from "./dashboard";

const show = (showId: string, currency: string): DashboardShow => ({
  showId,
  title: showId,
  venue: "",
  startsAt: "2026-12-01T19:00:00.000Z",
  timeZone: "UTC",
  status: "published",
  currency,
  seats: { total: 0, available: 0, held: 0, booked: 0 },
  revenueCents: 0,
  lastPosition: 0,
});

let position = 0;
const at = (occurredAt: string, event: StoredEvent["event"]): StoredEvent => ({
  position: ++position,
  streamId: `booking-${position}`,
  category: "booking",
  version: 1,
  schemaVersion: 1,
  event,
  metadata: { commandId: null, correlationId: "c", causationId: null, actor: "test", occurredAt },
});

describe("sales per minute", () => {
  it("counts bookings and nets refunds per minute, in the main currency only", () => {
    const now = new Date("2026-11-26T12:10:30Z");
    const sales = bucketSales(
      [
        at("2026-11-26T12:08:05Z", { type: "BookingConfirmed", showId: "a", totalCents: 5000 }),
        at("2026-11-26T12:08:50Z", { type: "BookingConfirmed", showId: "a", totalCents: 3000 }),
        at("2026-11-26T12:10:01Z", { type: "RefundIssued", showId: "a", amountCents: 3000 }),
        at("2026-11-26T12:09:00Z", { type: "BookingConfirmed", showId: "usd", totalCents: 9999 }),
        at("2026-11-26T09:00:00Z", { type: "BookingConfirmed", showId: "a", totalCents: 7 }),
      ],
      [show("a", "EUR"), show("b", "EUR"), show("usd", "USD")],
      now,
      5,
    );
    expect(sales.currency).toBe("EUR");
    expect(sales.points.map((p) => p.minute.slice(11, 16))).toEqual(["12:06", "12:07", "12:08", "12:09", "12:10"]);
    expect(sales.points.map((p) => [p.bookings, p.refunds, p.cumulativeCents])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [2, 0, 8000],
      [0, 0, 8000],
      [0, 1, 5000],
    ]);
  });
});
