// ShowView: one row per show with its details and live counters (the list page and the dashboard).
import type { ShowView } from "../db/generated/sqlite";
import type { Projection } from "./projection";
import { selectRows, upsertRows, type Column } from "./table";

const columns: Array<Column<ShowView>> = [
  { name: "show_id", field: "showId" },
  { name: "title", field: "title" },
  { name: "venue", field: "venue" },
  { name: "description", field: "description" },
  { name: "starts_at", field: "startsAt", type: "datetime" },
  { name: "time_zone", field: "timeZone" },
  { name: "status", field: "status" },
  { name: "seats_total", type: "int", field: "seatsTotal" },
  { name: "seats_available", type: "int", field: "seatsAvailable" },
  { name: "seats_held", type: "int", field: "seatsHeld" },
  { name: "seats_booked", type: "int", field: "seatsBooked" },
  { name: "min_price_cents", type: "int", field: "minPriceCents" },
  { name: "max_price_cents", type: "int", field: "maxPriceCents" },
  { name: "layout", field: "layout" },
  { name: "revenue_cents", type: "int", field: "revenueCents" },
  { name: "currency", field: "currency" },
  { name: "last_position", type: "int", field: "lastPosition" },
  { name: "updated_at", field: "updatedAt", type: "datetime" },
];

type Counts = Pick<ShowView, "seatsTotal" | "seatsAvailable" | "seatsHeld" | "seatsBooked">;

function move(row: ShowView, delta: Partial<Counts>): ShowView {
  return {
    ...row,
    seatsTotal: row.seatsTotal + (delta.seatsTotal ?? 0),
    seatsAvailable: row.seatsAvailable + (delta.seatsAvailable ?? 0),
    seatsHeld: row.seatsHeld + (delta.seatsHeld ?? 0),
    seatsBooked: row.seatsBooked + (delta.seatsBooked ?? 0),
  };
}

export const showView: Projection<ShowView> = {
  name: "show-view",
  categories: ["show", "seats", "booking"],
  handles: [
    "ShowScheduled",
    "ShowRescheduled",
    "ShowPublished",
    "ShowCancelled",
    "SeatsAdded",
    "SeatsRemoved",
    "SeatingLayoutSet",
    "SeatsHeld",
    "HoldReleased",
    "SeatsBooked",
    "BookedSeatsReleased",
    "BookingConfirmed",
    "RefundIssued",
  ],
  tables: ["show_view"],

  keysOf: ({ event }) => ("showId" in event ? [event.showId] : []),

  async load(ctx, keys) {
    const rows = await selectRows(ctx, "show_view", columns, {}, "show_id", keys);
    return new Map(rows.map((r) => [r.showId, r]));
  },

  apply(row, showId, { event, position, metadata }) {
    const touched = (r: ShowView): ShowView => ({ ...r, lastPosition: position, updatedAt: new Date(metadata.occurredAt) });
    if (event.type === "ShowScheduled") {
      return touched({
        showId,
        title: event.title,
        venue: event.venue,
        description: event.description,
        startsAt: new Date(event.startsAt),
        timeZone: event.timeZone,
        status: "draft",
        seatsTotal: row?.seatsTotal ?? 0,
        seatsAvailable: row?.seatsAvailable ?? 0,
        seatsHeld: row?.seatsHeld ?? 0,
        seatsBooked: row?.seatsBooked ?? 0,
        minPriceCents: row?.minPriceCents ?? null,
        maxPriceCents: row?.maxPriceCents ?? null,
        layout: row?.layout ?? null,
        revenueCents: row?.revenueCents ?? 0,
        currency: event.currency,
        lastPosition: position,
        updatedAt: new Date(metadata.occurredAt),
      });
    }
    if (!row) return undefined;
    switch (event.type) {
      case "ShowRescheduled":
        return touched({ ...row, startsAt: new Date(event.startsAt) });
      case "ShowPublished":
        return touched({ ...row, status: "published" });
      case "ShowCancelled":
        return touched({ ...row, status: "cancelled" });
      case "SeatsAdded": {
        const prices = event.seats.map((s) => s.priceCents);
        const n = event.seats.length;
        return touched({
          ...move(row, { seatsTotal: n, seatsAvailable: n }),
          minPriceCents: Math.min(row.minPriceCents ?? Infinity, ...prices),
          maxPriceCents: Math.max(row.maxPriceCents ?? -Infinity, ...prices),
        });
      }
      case "SeatingLayoutSet":
        return touched({ ...row, layout: JSON.stringify(event.layout) });
      case "SeatsRemoved":
        return touched(move(row, { seatsTotal: -event.seatIds.length, seatsAvailable: -event.seatIds.length }));
      case "SeatsHeld":
        return touched(move(row, { seatsHeld: event.seatIds.length, seatsAvailable: -event.seatIds.length }));
      case "HoldReleased":
        return touched(move(row, { seatsHeld: -event.seatIds.length, seatsAvailable: event.seatIds.length }));
      case "SeatsBooked":
        return touched(move(row, { seatsHeld: -event.seatIds.length, seatsBooked: event.seatIds.length }));
      case "BookedSeatsReleased":
        return touched(move(row, { seatsBooked: -event.seatIds.length, seatsAvailable: event.seatIds.length }));
      case "BookingConfirmed":
        return touched({ ...row, revenueCents: row.revenueCents + event.totalCents });
      case "RefundIssued":
        return touched({ ...row, revenueCents: row.revenueCents - event.amountCents });
      default:
        return undefined;
    }
  },

  save: (ctx, rows) => upsertRows(ctx, "show_view", ["show_id"], columns, rows),
};
