// SeatView: one row per seat with its status, holder and hold deadline. The seat map reads it.
import type { SeatView } from "../db/generated/sqlite";
import type { SeatSpec } from "../domain/seats";
import type { Projection } from "./projection";
import { selectRows, upsertRows, type Column } from "./table";

const keyOf = (showId: string, seatId: string) => `${showId}\u0000${seatId}`;

// A SeatsAdded event can name thousands of seats: index them once per event, not once per seat.
const specIndex = new WeakMap<SeatSpec[], Map<string, SeatSpec>>();
function specsOf(seats: SeatSpec[]): Map<string, SeatSpec> {
  let index = specIndex.get(seats);
  if (!index) {
    index = new Map(seats.map((s) => [s.seatId, s]));
    specIndex.set(seats, index);
  }
  return index;
}

const columns: Array<Column<SeatView>> = [
  { name: "show_id", field: "showId" },
  { name: "seat_id", field: "seatId" },
  { name: "section", field: "section" },
  { name: "row", field: "row" },
  { name: "number", type: "int", field: "number" },
  { name: "tier", field: "tier" },
  { name: "price_cents", type: "int", field: "priceCents" },
  { name: "status", field: "status" },
  { name: "booking_id", field: "bookingId" },
  { name: "hold_expires_at", field: "holdExpiresAt", type: "datetime" },
  { name: "last_position", type: "int", field: "lastPosition" },
];

type SeatState = Pick<SeatView, "status" | "bookingId" | "holdExpiresAt">;
const AVAILABLE: SeatState = { status: "available", bookingId: null, holdExpiresAt: null };

/**
 * The seat in a new state. Spelled out field by field rather than spread: a rebuild folds millions of
 * events, and rows of one shape keep that fast.
 */
const seatIn = (seat: SeatView, { status, bookingId, holdExpiresAt }: SeatState, lastPosition: number): SeatView => ({
  showId: seat.showId,
  seatId: seat.seatId,
  section: seat.section,
  row: seat.row,
  number: seat.number,
  tier: seat.tier,
  priceCents: seat.priceCents,
  status,
  bookingId,
  holdExpiresAt,
  lastPosition,
});

export const seatView: Projection<SeatView> = {
  name: "seat-view",
  categories: ["seats"],
  handles: ["SeatsAdded", "SeatsRemoved", "SeatsHeld", "HoldExtended", "HoldReleased", "SeatsBooked", "BookedSeatsReleased"],
  tables: ["seat_view"],

  keysOf: ({ event }) => {
    switch (event.type) {
      case "SeatsAdded":
        return event.seats.map((s) => keyOf(event.showId, s.seatId));
      case "SeatsRemoved":
      case "SeatsHeld":
      case "HoldExtended":
      case "HoldReleased":
      case "SeatsBooked":
      case "BookedSeatsReleased":
        return event.seatIds.map((id) => keyOf(event.showId, id));
      default:
        return [];
    }
  },

  async load(ctx, keys) {
    const byShow = new Map<string, string[]>();
    for (const key of keys) {
      const [showId, seatId] = key.split("\u0000") as [string, string];
      const seatIds = byShow.get(showId);
      if (seatIds) seatIds.push(seatId);
      else byShow.set(showId, [seatId]);
    }
    const rows = new Map<string, SeatView>();
    for (const [showId, seatIds] of byShow)
      for (const row of await selectRows(ctx, "seat_view", columns, { show_id: showId }, "seat_id", seatIds))
        rows.set(keyOf(row.showId, row.seatId), row);
    return rows;
  },

  apply(row, key, { event, position }) {
    switch (event.type) {
      case "SeatsAdded": {
        const spec = specsOf(event.seats).get(key.slice(key.indexOf("\u0000") + 1));
        if (!spec) return undefined;
        const { seatId, section, row: seatRow, number, tier, priceCents } = spec;
        return { showId: event.showId, seatId, section, row: seatRow, number, tier, priceCents, ...AVAILABLE, lastPosition: position };
      }
      case "SeatsRemoved":
        return row && seatIn(row, { status: "removed", bookingId: null, holdExpiresAt: null }, position);
      case "SeatsHeld":
      case "HoldExtended":
        return row && seatIn(row, { status: "held", bookingId: event.bookingId, holdExpiresAt: new Date(event.expiresAt) }, position);
      case "HoldReleased":
      case "BookedSeatsReleased":
        return row && seatIn(row, AVAILABLE, position);
      case "SeatsBooked":
        return row && seatIn(row, { status: "booked", bookingId: event.bookingId, holdExpiresAt: null }, position);
      default:
        return undefined;
    }
  },

  save: (ctx, rows) => upsertRows(ctx, "seat_view", ["show_id", "seat_id"], columns, rows),
};
