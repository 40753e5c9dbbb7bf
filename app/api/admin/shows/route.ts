// Dashboard numbers for signed-in staff: every show's counters and revenue, sales per minute, and with
// ?events=1 the newest events (a timeline catching up after its connection dropped).
import { readDashboardForApi } from "@/lib/admin/reads/dashboard";
import { jsonResponse } from "@/lib/admin/reads/answer";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const withEvents = new URL(request.url).searchParams.get("events") === "1";
  return jsonResponse(await readDashboardForApi(withEvents), { headers: { "Cache-Control": "no-store" } });
}
