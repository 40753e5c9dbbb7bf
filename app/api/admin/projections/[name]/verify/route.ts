import { NextResponse } from "next/server";
import { bookingSystem } from "@/lib/system";
import { staffOr401 } from "@/lib/staff/session";
import { conflict, notFound } from "@/lib/http/problem";
import { isRebuilding, projectionNameSchema } from "@/lib/admin/projection-status";
import { verifiableProjections, verifyProjection } from "@/lib/projections/verify";
import { publishToStaff } from "@/lib/realtime/server";

export const dynamic = "force-dynamic";

/** Replays the log into scratch rows and compares them with the live table; answers the differences. */
export async function POST(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const denied = await staffOr401();
  if (denied) return denied;
  const system = await bookingSystem();
  const name = projectionNameSchema(system).safeParse((await params).name);
  if (!name.success || !verifiableProjections.includes(name.data)) return notFound("There is no such projection");
  // Half-rebuilt tables would differ from the log everywhere: that report would only alarm.
  if (isRebuilding(system, name.data)) return conflict(`${name.data} is being rebuilt; verify it when the rebuild is done`);
  const projection = system.projections.projections.find((p) => p.name === name.data);
  if (!projection) return notFound("There is no such projection");
  const report = await verifyProjection(system.store, projection, {
    onProgress: (progress) => publishToStaff("admin:projection", { ...progress, operation: "verify" }),
  });
  return NextResponse.json(report, { headers: { "Cache-Control": "no-store" } });
}
