import { NextResponse } from "next/server";
import { bookingSystem } from "@/lib/system";
import { staffOr401 } from "@/lib/staff/session";
import { projectionStatus } from "@/lib/admin/projection-status";

export const dynamic = "force-dynamic";

/** Every projection's checkpoint, lag, status and last error, and the process manager's checkpoint. */
export async function GET() {
  const denied = await staffOr401();
  if (denied) return denied;
  return NextResponse.json(await projectionStatus(await bookingSystem()), { headers: { "Cache-Control": "no-store" } });
}
