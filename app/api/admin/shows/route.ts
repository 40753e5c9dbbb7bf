// Dashboard numbers for signed-in staff: every show's counters and revenue, sales per minute, and with
// ?events=1 the newest events (a timeline catching up after its connection dropped).
import { NextResponse } from "next/server";
import { bookingSystem } from "@/lib/system";
import { staffOr401 } from "@/lib/staff/session";
import { loadDashboard, timelineEvents } from "@/lib/admin/dashboard";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const denied = await staffOr401();
  if (denied) return denied;
  const system = await bookingSystem();
  const dashboard = await loadDashboard(system.db.prisma, system.store, system.deps.now());
  const withEvents = new URL(request.url).searchParams.get("events") === "1";
  return NextResponse.json(withEvents ? { ...dashboard, events: await timelineEvents(system.store) } : dashboard);
}
