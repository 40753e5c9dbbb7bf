// The staff dashboard's data, for signed-in staff only: each function checks the session first.
import "server-only";
import { bookingSystem } from "../../system";
import type { StaffEventMessage } from "../../realtime/messages";
import { currentStaff, requireStaff } from "../../staff/session";
import { loadDashboard, timelineEvents, type Dashboard } from "../dashboard";
import { answer, UNAUTHORIZED, type StaffAnswer } from "./answer";

/** The dashboard page's first picture: counters, sales and the newest events. */
export async function readDashboard(): Promise<{ dashboard: Dashboard; events: StaffEventMessage[] }> {
  await requireStaff();
  const system = await bookingSystem();
  const [dashboard, events] = await Promise.all([loadDashboard(system.db.prisma, system.store, system.deps.now()), timelineEvents(system.store)]);
  return { dashboard, events };
}

/** GET /api/admin/shows: the numbers again, with the newest events when a timeline catches up. */
export async function readDashboardForApi(withEvents: boolean): Promise<StaffAnswer<Dashboard & { events?: StaffEventMessage[] }>> {
  if (!(await currentStaff())) return UNAUTHORIZED;
  const system = await bookingSystem();
  const dashboard = await loadDashboard(system.db.prisma, system.store, system.deps.now());
  return answer(withEvents ? { ...dashboard, events: await timelineEvents(system.store) } : dashboard);
}
