"use client";
// Remove seats: pick them on the map (held and booked seats cannot be picked) or type their ids. The seat
// aggregate has the last word: a seat taken meanwhile is refused with its reason.
import { useCallback, useState } from "react";
import { removeSeatsAction } from "@/app/admin/actions/shows";
import { SeatMap, type SeatInfo } from "@/components/SeatMap";
import { ActionForm } from "./ActionForm";
import { Field } from "./Field";

export function RemoveSeatsForm({ showId, seats, currency }: { showId: string; seats: SeatInfo[]; currency: string }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (seatId: string) =>
      setSelected((current) => {
        const next = new Set(current);
        if (!next.delete(seatId)) next.add(seatId);
        return next;
      }),
    [],
  );
  return (
    <ActionForm
      action={removeSeatsAction}
      hidden={{ showId }}
      submitLabel={selected.size > 0 ? `Remove ${selected.size} ${selected.size === 1 ? "seat" : "seats"}` : "Remove seats"}
      pendingLabel="Removing…"
      tone="plain"
      onDone={() => setSelected(new Set())}
      className="space-y-3"
    >
      {[...selected].map((id) => (
        <input key={id} type="hidden" name="seatId" value={id} />
      ))}
      <SeatMap seats={seats} selected={selected} onToggle={toggle} currency={currency} />
      <Field label="Or type seat ids" name="seatIdsText" placeholder="A-1, A-2" hint="Separated by commas or spaces" className="max-w-sm" />
    </ActionForm>
  );
}
