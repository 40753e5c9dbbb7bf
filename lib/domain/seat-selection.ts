// Choosing seats on a seat map: the best block of adjacent seats, and the single seats a selection would strand.
// Pure: no I/O. A seat map has no geometry, so "nearest the stage" is read from the plan: rows A, B, …, Z, AA, …
// (row A is the front row), and sections dearest first (the floor before the stands, the stalls before the
// circle), then in the order they first appear. Not by order of arrival alone: read tables list seats by id,
// which puts the circle ("CI-…") before the stalls ("ST-…").
import type { SeatSpec, SeatStatus } from "./seats";

export type SeatInfo = SeatSpec & { status: SeatStatus };

export interface SeatRow {
  /** `<section>/<row>`: unique across the map. */
  key: string;
  section: string;
  row: string;
  /** Ordered by seat number. */
  seats: SeatInfo[];
}

export interface SeatSection {
  name: string;
  /** Front row first. */
  rows: SeatRow[];
}

/** Row labels in front-to-back order: shorter labels first (Z before AA, 9 before 10), then alphabetical. */
export function compareRows(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export const rowKeyOf = (seat: Pick<SeatInfo, "section" | "row">) => `${seat.section}/${seat.row}`;

/**
 * The map as sections of rows, front first (see the header comment). With `order` (the venue layout's section
 * order, as staff set it), the sections it names come in that order, any others after them.
 */
export function seatSections(seats: readonly SeatInfo[], order?: readonly string[]): SeatSection[] {
  const sections = new Map<string, Map<string, SeatInfo[]>>();
  const dearest = new Map<string, number>();
  for (const seat of seats) {
    let rows = sections.get(seat.section);
    if (!rows) sections.set(seat.section, (rows = new Map()));
    let row = rows.get(seat.row);
    if (!row) rows.set(seat.row, (row = []));
    row.push(seat);
    dearest.set(seat.section, Math.max(dearest.get(seat.section) ?? 0, seat.priceCents));
  }
  // Array.prototype.sort is stable: sections of equal price keep the order they first appeared in.
  const rank = (name: string) => {
    const at = order?.indexOf(name) ?? -1;
    return at === -1 ? Infinity : at;
  };
  const ordered = [...sections].sort(
    ([a], [b]) => (order ? rank(a) - rank(b) || 0 : 0) || (dearest.get(b) ?? 0) - (dearest.get(a) ?? 0),
  );
  return ordered.map(([name, rows]) => ({
    name,
    rows: [...rows]
      .sort(([a], [b]) => compareRows(a, b))
      .map(([row, rowSeats]) => ({
        key: `${name}/${row}`,
        section: name,
        row,
        seats: rowSeats.sort((a, b) => a.number - b.number),
      })),
  }));
}

const isAvailable = (seat: SeatInfo) => seat.status === "available";

/** Seats that are available in `row` but have no available neighbour (a gap in the numbering counts as a row end). */
function singlesIn(row: SeatInfo[], taken: (seat: SeatInfo) => boolean): SeatInfo[] {
  const free = (i: number, towards: number) => {
    const neighbour = row[i + towards];
    const seat = row[i] as SeatInfo;
    return neighbour !== undefined && Math.abs(neighbour.number - seat.number) === 1 && !taken(neighbour);
  };
  return row.filter((seat, i) => !taken(seat) && !free(i, -1) && !free(i, 1));
}

/** The orphans a selection would create in one row: single free seats that had a free neighbour before. */
function newOrphansIn(row: SeatInfo[], selected: ReadonlySet<string>): SeatInfo[] {
  const before = new Set(singlesIn(row, (s) => !isAvailable(s)).map((s) => s.seatId));
  return singlesIn(row, (s) => !isAvailable(s) || selected.has(s.seatId)).filter((s) => !before.has(s.seatId));
}

/**
 * The seats a selection would leave as single, isolated available seats in their row: both neighbours taken,
 * selected or the end of the row. Seats that were already isolated before the selection are not counted.
 */
export function orphanSeats(seats: readonly SeatInfo[], selection: readonly string[]): string[] {
  const selected = new Set(selection);
  const touched = new Set(seats.filter((s) => selected.has(s.seatId)).map(rowKeyOf));
  if (touched.size === 0) return [];
  return seatSections(seats.filter((s) => touched.has(rowKeyOf(s))))
    .flatMap((section) => section.rows)
    .flatMap((row) => newOrphansIn(row.seats, selected))
    .map((s) => s.seatId);
}

interface Block {
  seatIds: string[];
  /** How far the block's centre is from the row's centre, in seats. */
  offCentre: number;
  /** Single seats the block would strand. */
  orphans: number;
  firstNumber: number;
}

const better = (a: Block, b: Block) => a.offCentre - b.offCentre || a.orphans - b.orphans || a.firstNumber - b.firstNumber;

/** Every run of `count` usable seats with consecutive numbers in a row. */
function blocksIn(row: SeatInfo[], count: number, usable: (seat: SeatInfo) => boolean): Block[] {
  const first = row[0];
  const last = row[row.length - 1];
  if (!first || !last) return [];
  const rowCentre = (first.number + last.number) / 2;
  const blocks: Block[] = [];
  let runStart = 0;
  row.forEach((seat, i) => {
    const previous = row[i - 1];
    if (!usable(seat)) runStart = i + 1;
    else if (previous && seat.number - previous.number !== 1) runStart = i;
    if (!usable(seat) || i - runStart + 1 < count) return;
    const block = row.slice(i - count + 1, i + 1);
    const blockFirst = block[0] as SeatInfo;
    const seatIds = block.map((s) => s.seatId);
    blocks.push({
      seatIds,
      offCentre: Math.abs((blockFirst.number + seat.number) / 2 - rowCentre),
      orphans: newOrphansIn(row, new Set(seatIds)).length,
      firstNumber: blockFirst.number,
    });
  });
  return blocks;
}

/**
 * `count` adjacent available seats (consecutive numbers) in one row of one section, nearest the stage: the
 * front-most row that has such a block and, in that row, the block whose centre is nearest the row's centre
 * (on a tie, the block that strands fewer single seats, then the lower numbers). With `tier`, only seats of
 * that tier. Null when no row has such a block.
 */
export function bestAvailable(
  seats: readonly SeatInfo[],
  count: number,
  options: { tier?: string } = {},
): string[] | null {
  if (!Number.isInteger(count) || count < 1) return null;
  const usable = (s: SeatInfo) => isAvailable(s) && (options.tier === undefined || s.tier === options.tier);
  for (const section of seatSections(seats)) {
    for (const row of section.rows) {
      const [best] = blocksIn(row.seats, count, usable).sort(better);
      if (best) return best.seatIds;
    }
  }
  return null;
}
