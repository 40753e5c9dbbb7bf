"use client";
// The seat map page's interactive part: live seats, selection, best available, and the hold form.
import Link from "next/link";
import { useActionState, useCallback, useMemo, useState } from "react";
import { holdSeatsAction } from "@/app/actions/booking";
import type { ActionState } from "@/app/actions/state";
import { orphanSeats } from "@/lib/domain/seat-selection";
import { MAX_SEATS_PER_HOLD } from "@/lib/domain/hold-limit";
import type { VenueLayout } from "@/lib/domain/venue-layout";
import { seatNames } from "@/lib/domain/seat-names";
import type { ShowMap } from "@/lib/queries/shows";
import { useLiveSeats } from "@/lib/realtime/use-live-seats";
import { useSectionSeats } from "./useSectionSeats";
import { LiveStatusIndicator } from "./LiveStatusIndicator";
import { HoldBar } from "./HoldBar";
import { SelectionSummary } from "./SelectionSummary";
import { VenueMap } from "./VenueMap";

interface Props {
  showId: string;
  currency: string;
  /** A room's seats, or a big venue's section counts (its seats load when a section is opened). */
  map: ShowMap;
  initialPosition: number;
  /** Section order and geometry, as the page resolved it. */
  layout: VenueLayout;
  mine: string[];
  heldBookingId: string | null;
}

const NO_SEATS: never[] = [];

export function ShowBooking({ showId, currency, map, initialPosition, layout, mine, heldBookingId }: Props) {
  const mineSet = useMemo(() => new Set(mine), [mine]);
  const overview = map.kind === "overview";
  const { seats, sections, status, addSeats, layout: liveLayout } = useLiveSeats(
    showId,
    overview ? NO_SEATS : map.seats,
    initialPosition,
    mineSet,
    overview ? map.sections : NO_SEATS,
  );
  const { load, loads } = useSectionSeats(showId, addSeats);
  // A layout staff change while the page is open: the new order and places, drawn the way this page was loaded
  // (a room's page has every seat, an overview's only those it opened; the other style comes with a reload).
  const shownLayout = useMemo(
    () => (liveLayout === undefined ? layout : { ...(liveLayout ?? layout), map: layout.map }),
    [liveLayout, layout],
  );
  const seatList = useMemo(() => [...seats.values()], [seats]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [state, formAction, pending] = useActionState<ActionState, FormData>(async (previous, form) => {
    const result = await holdSeatsAction(previous, form);
    // A refused hold gets a fresh key for the next attempt; a double submit of one attempt keeps its key.
    if (result && !result.ok) setIdempotencyKey(crypto.randomUUID());
    return result;
  }, null);
  const [bestCount, setBestCount] = useState(2);
  const [bestTier, setBestTier] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [sectionOpen, setSectionOpen] = useState<string | null>(null);

  // A seat someone else takes drops out of the selection the moment the map shows it taken. While our own
  // hold is on its way the selection stands: the map may show our seats held before the page moves on.
  const selected = useMemo(
    () => (pending ? chosen : new Set([...chosen].filter((id) => seats.get(id)?.status === "available"))),
    [chosen, seats, pending],
  );
  const lostSeats = useMemo(() => (pending ? [] : [...chosen].filter((id) => seats.get(id)?.status !== "available")), [chosen, seats, pending]);
  const selectedSeats = useMemo(() => seatList.filter((s) => selected.has(s.seatId)), [seatList, selected]);
  const orphans = useMemo(() => orphanSeats(seatList, [...selected]), [seatList, selected]);
  const directTiers = useMemo(() => (overview ? [] : [...new Set(seatList.map((s) => s.tier))]), [overview, seatList]);
  const tiers = overview ? map.tiers : directTiers;

  const toggle = useCallback((seatId: string) => {
    setNotice(null);
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(seatId)) next.delete(seatId);
      else if (next.size < MAX_SEATS_PER_HOLD) next.add(seatId);
      return next;
    });
  }, []);

  const openSection = useCallback(
    (section: string | null) => {
      setSectionOpen(section);
      if (section) void load(section);
    },
    [load],
  );

  // Best available is chosen on the server (an overview has not loaded every seat); its section is then opened.
  const [finding, setFinding] = useState(false);
  const pickBest = async () => {
    setFinding(true);
    setNotice(null);
    try {
      const query = new URLSearchParams({ count: String(bestCount), ...(bestTier ? { tier: bestTier } : {}) });
      const response = await fetch(`/api/shows/${encodeURIComponent(showId)}/best?${query}`, { cache: "no-store" });
      if (!response.ok) throw new Error(`Best available failed: ${response.status}`);
      const found = (await response.json()) as { seatIds: string[] | null; section: string | null };
      if (!found.seatIds || !found.section) {
        setNotice(`There are no ${bestCount} seats together${bestTier ? ` in ${bestTier}` : ""} right now.`);
        return;
      }
      // On an overview, show where they are.
      if (overview) {
        setSectionOpen(found.section);
        if (!(await load(found.section))) return;
      }
      setChosen(new Set(found.seatIds));
    } catch {
      setNotice("Best available could not be reached. Please try again.");
    } finally {
      setFinding(false);
    }
  };
  const totalCents = selectedSeats.reduce((sum, s) => sum + s.priceCents, 0);

  return (
    <div className="mt-6 grid gap-6 pb-20 lg:grid-cols-[1fr_20rem] lg:pb-0">
      <section aria-labelledby="seat-map-heading" className="min-w-0">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="seat-map-heading" className="text-lg font-semibold">
            Choose your seats
          </h2>
          <LiveStatusIndicator status={status} />
        </div>
        <VenueMap
          layout={shownLayout}
          openSection={sectionOpen}
          onOpenSection={openSection}
          onPreloadSection={load}
          sectionCounts={overview ? sections : undefined}
          sectionLoad={sectionOpen ? (loads.get(sectionOpen) ?? null) : null}
          seats={seatList}
          selected={selected}
          mine={mineSet}
          onToggle={toggle}
          currency={currency}
          disabled={pending}
          maxSelectable={MAX_SEATS_PER_HOLD}
        />
      </section>

      <aside className="space-y-4 lg:sticky lg:top-4 lg:self-start">
        {heldBookingId && (
          <p className="rounded-lg bg-indigo-50 p-3 text-sm text-indigo-900">
            You are holding seats at this show.{" "}
            <Link className="font-semibold underline" href={`/checkout/${heldBookingId}`}>
              Continue to checkout
            </Link>
          </p>
        )}

        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="font-semibold">Best available</h2>
          <div className="mt-2 flex flex-wrap items-end gap-2">
            <label className="text-sm">
              <span className="block text-slate-600">Seats</span>
              <select value={bestCount} onChange={(e) => setBestCount(Number(e.target.value))} className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5">
                {Array.from({ length: MAX_SEATS_PER_HOLD }, (_, i) => i + 1).map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-sm">
              <span className="block text-slate-600">Price tier</span>
              <select value={bestTier} onChange={(e) => setBestTier(e.target.value)} className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5">
                <option value="">Any</option>
                {tiers.map((tier) => (
                  <option key={tier} value={tier}>
                    {tier}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => void pickBest()} disabled={finding} aria-busy={finding} className="rounded-md border border-indigo-600 px-3 py-1.5 text-sm font-semibold text-indigo-700 hover:bg-indigo-50">
              Find seats
            </button>
          </div>
          {notice && (
            <p className="mt-2 text-sm text-amber-800" role="status">
              {notice}
            </p>
          )}
        </div>

        <form id="hold-form" action={formAction} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="font-semibold">Your selection</h2>
          <SelectionSummary seats={selectedSeats} currency={currency} orphanWarning={orphans} />
          {lostSeats.length > 0 && (
            <p className="mt-2 text-sm text-amber-800" role="status">
              {seatNames(lostSeats.flatMap((id) => seats.get(id) ?? []))} {lostSeats.length === 1 ? "was" : "were"} just taken by someone else.
            </p>
          )}
          {state && !state.ok && (
            <p className="mt-2 rounded-md bg-red-50 p-2 text-sm text-red-800" role="alert">
              {state.message}
            </p>
          )}
          <input type="hidden" name="showId" value={showId} />
          <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
          {[...selected].map((seatId) => (
            <input key={seatId} type="hidden" name="seatId" value={seatId} />
          ))}
          <button
            type="submit"
            disabled={pending || selected.size === 0}
            className="mt-3 hidden w-full rounded-lg bg-indigo-600 px-4 py-2.5 font-semibold text-white hover:bg-indigo-700 disabled:cursor-not-allowed disabled:bg-slate-300 lg:block"
          >
            {pending ? "Holding your seats…" : selected.size === 0 ? "Select seats to hold" : `Hold ${selected.size} ${selected.size === 1 ? "seat" : "seats"}`}
          </button>
          <p className="mt-2 text-xs text-slate-500">Seats are held for you while you pay; nobody else can take them meanwhile.</p>
        </form>
      </aside>
      <HoldBar form="hold-form" count={selected.size} totalCents={totalCents} currency={currency} pending={pending} />
    </div>
  );
}
