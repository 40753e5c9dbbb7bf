import type { Metadata } from "next";
import { bookingSystem } from "@/lib/system";
import { loadDashboard, timelineEvents } from "@/lib/admin/dashboard";
import { LiveDashboard } from "@/components/admin/LiveDashboard";

export const metadata: Metadata = { title: "Dashboard — staff" };

// The first picture comes from the server; the client then follows it live (LiveDashboard).
export default async function DashboardPage() {
  const system = await bookingSystem();
  const [dashboard, events] = await Promise.all([loadDashboard(system.db.prisma, system.store, system.deps.now()), timelineEvents(system.store)]);
  return <LiveDashboard initial={dashboard} initialEvents={events} />;
}
