import type { BookingSeatView } from "@/lib/admin/box-office-views";
import { formatMoney } from "@/lib/format";

/** The booking's seats as people read them; cancelled ones stay listed, struck through and said so. */
export function BookingSeats({ seats, currency }: { seats: BookingSeatView[]; currency: string }) {
  return (
    <ul aria-label="Seats of this booking" className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {seats.map((seat) => (
        <li key={seat.seatId} data-seat-id={seat.seatId} className={`rounded-md border px-3 py-2 text-sm ${seat.active ? "border-slate-300 bg-white" : "border-dashed border-slate-300 bg-slate-50 text-slate-600"}`}>
          <p className={`font-medium ${seat.active ? "" : "line-through"}`}>{seat.label}</p>
          <p className="text-slate-600">
            {[...new Set([seat.section, seat.tier].filter(Boolean))].join(" · ")} · {formatMoney(seat.priceCents, currency)}
            {!seat.active && <span className="ml-1 font-semibold text-slate-700">(cancelled)</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}
