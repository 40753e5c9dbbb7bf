import { NextResponse, type NextRequest } from "next/server";
import { seatChangesForCaller } from "@/lib/customers/shows";
import { changesQuery, showIdSchema } from "@/lib/http/inputs";
import { badRequest, notFound } from "@/lib/http/problem";
import type { SeatChangesJson } from "@/lib/realtime/messages";

export const dynamic = "force-dynamic";

/** Seat changes after a log position, with their sections' counts: how a live seat map catches up after a gap or a reconnect. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = showIdSchema.safeParse((await params).id);
  if (!id.success) return notFound("There is no such show");
  const query = changesQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return badRequest(query.error);
  const result = await seatChangesForCaller(id.data, query.data.after);
  // Drafts are staff business, as on /api/shows/{id}.
  if (!result) return notFound("There is no such show");
  return NextResponse.json(result satisfies SeatChangesJson);
}
