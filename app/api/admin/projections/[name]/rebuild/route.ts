import { NextResponse } from "next/server";
import { bookingSystem } from "@/lib/system";
import { staffOr401 } from "@/lib/staff/session";
import { conflict, notFound } from "@/lib/http/problem";
import { projectionNameSchema, projectionStatus, startRebuild } from "@/lib/admin/projection-status";
import { publishToStaff } from "@/lib/realtime/server";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ name: string }> };

/**
 * Starts rebuilding a projection from position 0 and answers at once (202): a rebuild of a long log
 * outlives any request. Progress goes to the staff room and into GET's answer.
 */
export async function POST(_request: Request, { params }: Params) {
  const denied = await staffOr401();
  if (denied) return denied;
  const system = await bookingSystem();
  const name = projectionNameSchema(system).safeParse((await params).name);
  if (!name.success) return notFound("There is no such projection");
  const started = startRebuild(system, name.data, (progress) => publishToStaff("admin:projection", { ...progress, operation: "rebuild" }));
  if (!started) return conflict(`${name.data} is already being rebuilt`);
  return NextResponse.json(started, { status: 202 });
}

/** The latest rebuild of a projection in this process (null when none ran): for clients without the socket. */
export async function GET(_request: Request, { params }: Params) {
  const denied = await staffOr401();
  if (denied) return denied;
  const system = await bookingSystem();
  const name = projectionNameSchema(system).safeParse((await params).name);
  if (!name.success) return notFound("There is no such projection");
  const row = (await projectionStatus(system)).rows.find((r) => r.name === name.data);
  return NextResponse.json(row?.rebuild ?? null, { headers: { "Cache-Control": "no-store" } });
}
