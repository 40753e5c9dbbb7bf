// Staff changing a show's venue layout after it was created: the session is checked here, where the command runs.
import "server-only";
import { setSeatingLayout } from "../commands/shows";
import type { Outcome } from "../commands/context";
import type { VenueLayout } from "../domain/venue-layout";
import { bookingSystem } from "../system";
import { requireStaff } from "./session";

/** Sets the show's section order and geometry as the signed-in staff member; `attempt` keeps a double submit one command. */
export async function changeSeatingLayout(showId: string, layout: VenueLayout, attempt: string): Promise<Outcome<object>> {
  const staff = await requireStaff();
  const system = await bookingSystem();
  return setSeatingLayout(system.deps, { showId, layout }, { commandId: `layout:${showId}:${attempt}`, actor: `staff:${staff.name}` });
}
