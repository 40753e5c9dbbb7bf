// The seat map's colours and words, shared by SeatMap, SeatLegend and SelectionSummary so they always agree.
import type { SeatInfo } from "@/lib/domain/seat-selection";

/** Tier fills, dearest tier first; none is the dark slate of "selected" or the green of "yours". */
const TIER_FILLS = [
  "bg-fuchsia-600",
  "bg-blue-600",
  "bg-sky-400",
  "bg-amber-400",
  "bg-orange-600",
  "bg-cyan-600",
  "bg-pink-400",
  "bg-lime-500",
  "bg-violet-400",
  "bg-yellow-700",
] as const;

export interface TierInfo {
  tier: string;
  fill: string;
  minCents: number;
  maxCents: number;
  seats: number;
  available: number;
}

/** Tiers dearest first (then by name), each with a fill that depends only on the prices, not on availability. */
export function tiersOf(seats: readonly SeatInfo[]): TierInfo[] {
  const tiers = new Map<string, Omit<TierInfo, "fill">>();
  for (const seat of seats) {
    if (seat.status === "removed") continue;
    const t = tiers.get(seat.tier);
    const open = seat.status === "available" ? 1 : 0;
    if (!t) tiers.set(seat.tier, { tier: seat.tier, minCents: seat.priceCents, maxCents: seat.priceCents, seats: 1, available: open });
    else {
      t.minCents = Math.min(t.minCents, seat.priceCents);
      t.maxCents = Math.max(t.maxCents, seat.priceCents);
      t.seats += 1;
      t.available += open;
    }
  }
  return [...tiers.values()]
    .sort((a, b) => b.maxCents - a.maxCents || a.tier.localeCompare(b.tier))
    .map((t, i) => ({ ...t, fill: TIER_FILLS[i % TIER_FILLS.length] as string }));
}

/** What a seat looks like and says, from the viewer's side. */
export type SeatLook = "available" | "selected" | "mine" | "held" | "booked" | "lost";

export function seatLook(status: SeatInfo["status"], selected: boolean, mine: boolean): SeatLook {
  if (mine) return "mine";
  if (status === "available") return selected ? "selected" : "available";
  // Selected, then taken by someone else while the viewer was choosing.
  if (selected) return "lost";
  return status === "booked" ? "booked" : "held";
}

export const LOOK_WORDS: Record<SeatLook, string> = {
  available: "available",
  selected: "selected",
  mine: "yours",
  held: "held",
  booked: "booked",
  lost: "selected, but no longer available",
};

/** Fills for every look but "available" (which takes its tier's fill). */
export const LOOK_FILLS: Record<Exclude<SeatLook, "available">, string> = {
  selected: "bg-slate-900 text-white",
  mine: "bg-emerald-600 text-white",
  held: "bg-slate-100 bg-[image:repeating-linear-gradient(135deg,var(--color-slate-400)_0_1.5px,transparent_1.5px_4px)]",
  booked: "bg-slate-300",
  lost: "bg-slate-200 text-red-700 ring-2 ring-red-600",
};

export function moneyFormatter(currency: string): (cents: number) => string {
  const whole = new Intl.NumberFormat("en", { style: "currency", currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
  const exact = new Intl.NumberFormat("en", { style: "currency", currency });
  return (cents) => (cents % 100 === 0 ? whole : exact).format(cents / 100);
}

export function priceRange(tier: Pick<TierInfo, "minCents" | "maxCents">, money: (cents: number) => string): string {
  return tier.minCents === tier.maxCents ? money(tier.minCents) : `${money(tier.minCents)}–${money(tier.maxCents)}`;
}

/** "Row C seat 12" from a seat id like `C-12` or `FL-C-12`; the id itself if it has another shape. */
export function seatIdLabel(seatId: string): string {
  const parts = seatId.split("-");
  const number = parts.at(-1);
  const row = parts.at(-2);
  return row && number && /^\d+$/.test(number) ? `Row ${row} seat ${number}` : seatId;
}
