import type { Metadata } from "next";
import { readDashboard } from "@/lib/admin/reads/dashboard";
import { LiveDashboard } from "@/components/admin/LiveDashboard";

export const metadata: Metadata = { title: "Dashboard — staff" };

// The first picture comes from the server; the client then follows it live (LiveDashboard).
export default async function DashboardPage() {
  const { dashboard, events } = await readDashboard();
  return <LiveDashboard initial={dashboard} initialEvents={events} />;
}
