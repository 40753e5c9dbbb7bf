import { NextResponse, type NextRequest } from "next/server";
import { lookupInput } from "@/lib/http/inputs";
import { badRequest, notFound } from "@/lib/http/problem";
import { bookingJson } from "@/lib/http/views";
import { findBooking } from "@/lib/customers/bookings";

export const dynamic = "force-dynamic";

/**
 * GET /api/bookings/{reference}?email=…: the booking, for whoever has both its reference and its email.
 * What the customer needs to see, and no id that would work as a key.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const input = lookupInput.safeParse({ reference: (await params).id, email: request.nextUrl.searchParams.get("email") ?? "" });
  if (!input.success) return badRequest(input.error);
  const found = await findBooking(input.data.reference, input.data.email);
  if (!found) return notFound("No booking matches that reference and email");
  return NextResponse.json({ booking: bookingJson(found.booking) });
}
