// The show every hold goes to: scheduled with a big seat map and published (sales open) through the
// real staff commands, as an admin would do it.
import { publishShow, scheduleShow } from "../lib/commands/shows";
import type { CommandDeps } from "../lib/commands/context";
import type { SeatSpec } from "../lib/domain/seats";

const STAFF = "staff:bench";

export async function openHotShow(deps: CommandDeps, showId: string, seats: SeatSpec[]): Promise<void> {
  const scheduled = await scheduleShow(
    deps,
    {
      showId,
      title: "Benchmark: the hot show",
      venue: "Bench Arena",
      description: "Every hold of the benchmark lands here.",
      startsAt: new Date(deps.now().getTime() + 30 * 86_400_000).toISOString(),
      timeZone: "Europe/London",
      currency: "EUR",
      seats,
    },
    { commandId: `bench-schedule-${showId}`, actor: STAFF },
  );
  if (!scheduled.ok) throw new Error(`Scheduling the hot show failed: ${scheduled.error.message}`);
  const published = await publishShow(deps, showId, { commandId: `bench-publish-${showId}`, actor: STAFF });
  if (!published.ok) throw new Error(`Publishing the hot show failed: ${published.error.message}`);
}
