"use client";
// Cancelling is destructive: the form opens on request, names the refund, and needs a tick. Choices are
// held in state so a refused attempt keeps them.
import { useState } from "react";
import { cancelAtDeskAction } from "@/app/admin/actions/box-office";
import type { BookingSeatView } from "@/lib/admin/box-office-views";
import { formatMoney } from "@/lib/format";
import { ActionForm } from "../ActionForm";

interface Props {
  bookingId: string;
  currency: string;
  seats: BookingSeatView[];
  /** False for a hold: it is released whole. */
  canCancelSome: boolean;
  paid: boolean;
}

export function CancelSeatsForm({ bookingId, currency, seats, canCancelSome, paid }: Props) {
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<"all" | "some">("all");
  const [chosen, setChosen] = useState<string[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const active = seats.filter((s) => s.active);
  const cancelling = scope === "all" ? active : active.filter((s) => chosen.includes(s.seatId));
  const refund = paid ? cancelling.reduce((sum, s) => sum + s.priceCents, 0) : 0;

  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)} className="rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50">
        Cancel seats…
      </button>
    );
  const done = () => {
    setOpen(false);
    setChosen([]);
    setConfirmed(false);
    setScope("all");
  };
  return (
    <ActionForm action={cancelAtDeskAction} hidden={{ bookingId, currency, scope }} submitLabel="Cancel and refund" pendingLabel="Cancelling…" tone="danger" className="space-y-3" onDone={done}>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Which seats?</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="scopeChoice" value="all" checked={scope === "all"} onChange={() => setScope("all")} />
          Every seat still booked ({active.length})
        </label>
        {canCancelSome && (
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="scopeChoice" value="some" checked={scope === "some"} onChange={() => setScope("some")} />
            Only some seats
          </label>
        )}
      </fieldset>
      {scope === "some" && (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">Seats to cancel</legend>
          {active.map((seat) => (
            <label key={seat.seatId} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="seatId"
                value={seat.seatId}
                checked={chosen.includes(seat.seatId)}
                onChange={(e) => setChosen((c) => (e.target.checked ? [...c, seat.seatId] : c.filter((id) => id !== seat.seatId)))}
              />
              {seat.section ? `${seat.section}, ` : ""}
              {seat.label} · {formatMoney(seat.priceCents, currency)}
            </label>
          ))}
        </fieldset>
      )}
      <p className="text-sm text-red-900">
        {cancelling.length} {cancelling.length === 1 ? "seat goes" : "seats go"} back on sale; refund {formatMoney(refund, currency)}. This cannot be undone.
      </p>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="confirm" value="yes" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        I have checked this with the customer
      </label>
      <button type="button" onClick={() => setOpen(false)} className="text-sm text-slate-700 underline">
        Keep the booking
      </button>
    </ActionForm>
  );
}
