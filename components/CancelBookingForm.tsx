"use client";
// Cancel a whole booking or some of its seats, after an explicit confirmation. A partial cancellation
// closes the panel and says what went and what is refunded; the seat list above shows what is left.
import { useActionState, useState } from "react";
import { cancelBookingAction } from "@/app/actions/booking";
import type { ActionState } from "@/app/actions/state";
import { formatMoney } from "@/lib/format";

interface Seat {
  seatId: string;
  label: string;
  price: string;
}

interface Props {
  /** The manage link's key: with the reference, what entitles the holder to cancel. */
  manageKey: string;
  reference: string;
  currency: string;
  /** The seats still in the booking. */
  seats: Seat[];
}

interface Done {
  labels: string[];
  refund: string;
}

export function CancelBookingForm({ manageKey, reference, currency, seats }: Props) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  // One key per submitted intent: a second partial cancellation is a new command, not a repeat of the first.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [done, setDone] = useState<Done | null>(null);
  const [state, action, pending] = useActionState<ActionState, FormData>(async (previous, form) => {
    const result = await cancelBookingAction(previous, form);
    if (result?.ok && result.cancelled) {
      const { seatIds, refundDueCents } = result.cancelled;
      // The labels as this page showed them: the cancelled seats leave the list once the page refreshes.
      setDone({ labels: seats.filter((s) => seatIds.includes(s.seatId)).map((s) => s.label), refund: formatMoney(refundDueCents, currency) });
      setOpen(false);
      setIdempotencyKey(crypto.randomUUID());
    }
    return result;
  }, null);

  const start = () => {
    setChosen(new Set(seats.map((s) => s.seatId)));
    setDone(null);
    setOpen(true);
  };

  const summary = done && (
    <p className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
      Cancelled {done.labels.join("; ")}. A refund of <strong>{done.refund}</strong> is on its way to your card.
    </p>
  );

  if (!open) {
    return (
      <div className="space-y-3">
        {summary}
        <button type="button" onClick={start} className="rounded-lg border border-red-300 bg-white px-4 py-2 text-sm font-semibold text-red-700 hover:bg-red-50">
          Cancel seats…
        </button>
      </div>
    );
  }
  // Seats cancelled elsewhere since the panel opened are no longer offered or sent.
  const offered = seats.filter((s) => chosen.has(s.seatId));
  const all = offered.length === seats.length;
  return (
    <form action={action} className="space-y-3 rounded-xl border border-red-200 bg-red-50 p-4">
      <fieldset>
        <legend className="font-semibold text-red-900">Which seats do you want to cancel?</legend>
        <ul className="mt-2 space-y-1">
          {seats.map((seat) => (
            <li key={seat.seatId}>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="seatId"
                  value={seat.seatId}
                  checked={chosen.has(seat.seatId)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(seat.seatId);
                    else next.delete(seat.seatId);
                    setChosen(next);
                  }}
                  className="h-4 w-4"
                />
                {seat.label} · {seat.price}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <input type="hidden" name="key" value={manageKey} />
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <p className="text-sm text-red-900">
        {all ? "The whole booking will be cancelled" : `${offered.length} of ${seats.length} seats will be cancelled`} and refunded to your card. This cannot be undone.
      </p>
      {state && !state.ok && (
        <p className="rounded-md bg-white p-2 text-sm text-red-800" role="alert">
          {state.message}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending || offered.length === 0} className="rounded-lg bg-red-600 px-4 py-2 text-sm font-semibold text-white hover:bg-red-700 disabled:bg-slate-300">
          {pending ? "Cancelling…" : "Confirm cancellation"}
        </button>
        <button type="button" onClick={() => setOpen(false)} disabled={pending} className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium">
          Keep my booking
        </button>
      </div>
    </form>
  );
}
