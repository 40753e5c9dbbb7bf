import { NextResponse } from "next/server";
import { bookingSystem } from "@/lib/system";
import { listPublishedShows } from "@/lib/queries/shows";
import { showJson } from "@/lib/http/views";

export const dynamic = "force-dynamic";

export async function GET() {
  const { db } = await bookingSystem();
  return NextResponse.json({ shows: (await listPublishedShows(db.prisma)).map(showJson) });
}
