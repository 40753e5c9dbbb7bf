import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { bookingSystem } from "@/lib/system";
import { bookingByReference } from "@/lib/queries/bookings";
import { bookingJson } from "@/lib/http/views";
import { lookupInput } from "@/lib/http/inputs";
import { badRequest, notFound } from "@/lib/http/problem";

export const dynamic = "force-dynamic";

/** GET /api/bookings/{reference}?email=…: a booking for whoever has both its reference and its email. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const input = lookupInput.safeParse({ reference: (await params).id, email: request.nextUrl.searchParams.get("email") ?? "" });
  if (!input.success) return badRequest(input.error as z.ZodError);
  const { db } = await bookingSystem();
  const booking = await bookingByReference(db.prisma, input.data.reference, input.data.email);
  if (!booking) return notFound("No booking matches that reference and email");
  return NextResponse.json({ booking: bookingJson(booking) });
}
