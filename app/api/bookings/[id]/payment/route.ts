import { NextResponse } from "next/server";
import { bookingIdSchema, paymentInput } from "@/lib/http/inputs";
import { badRequest, notFound, refusalProblem } from "@/lib/http/problem";
import { crossSiteRefusal, notJsonRefusal, readJsonBody } from "@/lib/http/json-request";
import { hasCustomerCookie } from "@/lib/customers/caller";
import { payForCallersBooking } from "@/lib/customers/checkout";

/** Pays for the caller's held booking with a (test) card: 200 with the reference and the booking's manage link. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const refusal = crossSiteRefusal(request) ?? notJsonRefusal(request);
  if (refusal) return refusal;
  const bookingId = bookingIdSchema.safeParse((await params).id);
  // Without a customer cookie no booking is the caller's: answered before the body is read.
  if (!bookingId.success || !(await hasCustomerCookie())) return notFound("There is no such booking");
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = paymentInput.safeParse(body.value);
  if (!input.success) return badRequest(input.error);
  const result = await payForCallersBooking(bookingId.data, input.data);
  if (!result.ok) return refusalProblem(result.error);
  return NextResponse.json({ bookingId: bookingId.data, reference: result.reference, bookingUrl: result.manageUrl });
}
