"use client";
// Cancelling a show cannot be undone: the form opens only on request and asks for a reason and a tick.
import { useState } from "react";
import { cancelShowAction } from "@/app/admin/actions/shows";
import { ActionForm } from "./ActionForm";
import { Field } from "./Field";

export function CancelShowForm({ showId, bookedSeats }: { showId: string; bookedSeats: number }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)} className="rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-semibold text-red-700 hover:bg-red-50">
        Cancel this show…
      </button>
    );
  return (
    <ActionForm action={cancelShowAction} hidden={{ showId }} submitLabel="Cancel the show" pendingLabel="Cancelling…" tone="danger" className="space-y-3">
      <p className="text-sm text-red-900">
        Sales stop at once, and every booking ({bookedSeats} {bookedSeats === 1 ? "seat" : "seats"} booked now) is cancelled and refunded. This cannot be undone.
      </p>
      <Field label="Reason (customers see it)" name="reason" required minLength={3} maxLength={300} className="max-w-md" />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="confirm" value="yes" required />
        I understand every booking will be cancelled and refunded
      </label>
      <button type="button" onClick={() => setOpen(false)} className="text-sm text-slate-700 underline">
        Keep the show
      </button>
    </ActionForm>
  );
}
