import { NextResponse } from "next/server";
import { bookingSystem } from "@/lib/system";
import { findShow, seatMapPosition, seatsOfShow } from "@/lib/queries/shows";
import { seatJson, showJson } from "@/lib/http/views";
import { showIdSchema } from "@/lib/http/inputs";
import { notFound } from "@/lib/http/problem";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = showIdSchema.safeParse((await params).id);
  if (!id.success) return notFound("There is no such show");
  const { db } = await bookingSystem();
  const position = await seatMapPosition(db.prisma);
  const show = await findShow(db.prisma, id.data);
  if (!show || show.status === "draft") return notFound("There is no such show");
  const seats = await seatsOfShow(db.prisma, id.data);
  return NextResponse.json({ show: showJson(show), position, seats: seats.map(seatJson) });
}
