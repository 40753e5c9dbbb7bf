import { NextResponse } from "next/server";
import { bookingIdSchema, cancelInput } from "@/lib/http/inputs";
import { badRequest, notFound, refusalProblem } from "@/lib/http/problem";
import { crossSiteRefusal, notJsonRefusal, readJsonBody } from "@/lib/http/json-request";
import { hasCustomerCookie } from "@/lib/customers/caller";
import { cancelCallersBooking } from "@/lib/customers/bookings";

/** Cancels the caller's confirmed booking, or some of its seats: 200 with the refund due. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const refusal = crossSiteRefusal(request) ?? notJsonRefusal(request);
  if (refusal) return refusal;
  const bookingId = bookingIdSchema.safeParse((await params).id);
  // Without a customer cookie no booking is the caller's: answered before the body is read.
  if (!bookingId.success || !(await hasCustomerCookie())) return notFound("There is no such booking");
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = cancelInput.safeParse(body.value);
  if (!input.success) return badRequest(input.error);
  const result = await cancelCallersBooking(bookingId.data, input.data);
  if (!result.ok) return refusalProblem(result.error);
  return NextResponse.json({ bookingId: result.bookingId, cancelledSeatIds: result.seatIds, refundDueCents: result.refundDueCents });
}
