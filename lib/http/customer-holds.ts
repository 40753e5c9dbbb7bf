// The calling customer holds seats: the one step the hold form and the JSON API share.
import { holdSeats } from "../commands/holds";
import { bookingSystem } from "../system";
import { customerCommand, ensureCustomerId } from "./customer";

/** Holds for the cookie's customer (made on first use); answers once the read side shows the hold. */
export async function holdForCustomer(showId: string, seatIds: string[], idempotencyKey: string) {
  const customerId = await ensureCustomerId();
  const system = await bookingSystem();
  const result = await holdSeats(system.deps, { showId, seatIds, customerId }, customerCommand("hold", customerId, idempotencyKey));
  // The checkout page reads the booking view next (read-your-writes).
  if (result.ok) await system.projections.waitFor(result.lastPosition, 3000);
  return result;
}
