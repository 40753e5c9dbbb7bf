import type { SeatSpec } from "@/lib/domain/seats";
import { formatMoney, seatLabel } from "@/lib/format";

/** The seats of a booking with their prices (checkout and confirmation). */
export function BookedSeatList({ seats, currency }: { seats: SeatSpec[]; currency: string }) {
  return (
    <ul className="mt-2 divide-y divide-slate-100 text-sm">
      {seats.map((seat) => (
        <li key={seat.seatId} className="flex justify-between gap-2 py-2">
          <span>
            {seatLabel(seat)} <span className="text-slate-500">· {seat.tier}</span>
          </span>
          <span className="tabular-nums">{formatMoney(seat.priceCents, currency)}</span>
        </li>
      ))}
    </ul>
  );
}
