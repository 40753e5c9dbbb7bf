import { NextResponse, type NextRequest } from "next/server";
import { bestSeatsForCaller } from "@/lib/customers/shows";
import { bestSeatsQuery, showIdSchema } from "@/lib/http/inputs";
import { badRequest, notFound } from "@/lib/http/problem";

export const dynamic = "force-dynamic";

/** Best available: `count` seats together (of `tier`), and their section; `seatIds` null when there is no such block. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = showIdSchema.safeParse((await params).id);
  if (!id.success) return notFound("There is no such show");
  const query = bestSeatsQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return badRequest(query.error);
  const result = await bestSeatsForCaller(id.data, query.data.count, query.data.tier);
  if (!result) return notFound("There is no such show");
  return NextResponse.json(result);
}
