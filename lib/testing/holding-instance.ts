// A booking system in a process of its own, for tests that kill an instance abruptly (SIGKILL): it
// starts on the given database, holds one seat per booking for the seats it is given, prints the
// bookings and their deadline as one JSON line, and runs (process manager and projections) until killed.
// Usage: tsx lib/testing/holding-instance.ts <database url> <show id> <hold seconds> <seat id>...
import { holdSeats } from "../commands/holds";
import { startSystem } from "../system";

const [url, showId, ttl, ...seatIds] = process.argv.slice(2);
if (!url || !showId || !ttl || seatIds.length === 0) throw new Error("usage: <database url> <show id> <hold seconds> <seat id>...");

const system = await startSystem({ databaseUrl: url, holdTtlSeconds: Number(ttl), projectionOptions: { pollMs: 25 } });
const bookings: Array<{ bookingId: string; expiresAt: string }> = [];
for (const seatId of seatIds) {
  const held = await holdSeats(system.deps, { showId, seatIds: [seatId], customerId: `killed-${seatId}` }, { actor: "customer:killed", commandId: `killed:${showId}:${seatId}` });
  if (!held.ok) throw new Error(held.error.message);
  bookings.push({ bookingId: held.bookingId, expiresAt: held.expiresAt });
}
process.stdout.write(`${JSON.stringify({ bookings })}\n`);
// Keeps running, as an instance does, until the test kills it.
setInterval(() => undefined, 60_000);
