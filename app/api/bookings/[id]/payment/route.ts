import { NextResponse } from "next/server";
import { bookingSystem } from "@/lib/system";
import { payForBooking } from "@/lib/commands/checkout";
import { bookingIdSchema, paymentInput } from "@/lib/http/inputs";
import { badRequest, domainProblem, jsonBody, notFound } from "@/lib/http/problem";
import { currentCustomerId, customerCommand } from "@/lib/http/customer";

/** Pays for a held booking with a (test) card: 200 with the booking reference. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const bookingId = bookingIdSchema.safeParse((await params).id);
  if (!bookingId.success) return notFound("There is no such booking");
  const input = paymentInput.safeParse(await jsonBody(request));
  if (!input.success) return badRequest(input.error);
  const customerId = await currentCustomerId();
  if (!customerId) return notFound("There is no such booking");
  const system = await bookingSystem();
  const result = await payForBooking(
    system.deps,
    { bookingId: bookingId.data, customerId, ...input.data },
    customerCommand("pay", customerId, input.data.idempotencyKey),
  );
  if (!result.ok) return domainProblem(result.error);
  await system.projections.waitFor(result.lastPosition, 3000);
  return NextResponse.json({ bookingId: bookingId.data, reference: result.reference, bookingUrl: `/bookings/${result.reference}?key=${bookingId.data}` });
}
