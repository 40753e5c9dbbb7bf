import { NextResponse } from "next/server";
import { bookingSystem } from "@/lib/system";
import { cancelBooking } from "@/lib/commands/bookings";
import { bookingIdSchema, cancelInput } from "@/lib/http/inputs";
import { badRequest, domainProblem, jsonBody, notFound } from "@/lib/http/problem";
import { currentCustomerId, customerCommand } from "@/lib/http/customer";

/** Cancels a confirmed booking, or some of its seats, for the customer who made it: 200 with the refund due. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const bookingId = bookingIdSchema.safeParse((await params).id);
  if (!bookingId.success) return notFound("There is no such booking");
  const input = cancelInput.safeParse(await jsonBody(request));
  if (!input.success) return badRequest(input.error);
  const customerId = await currentCustomerId();
  if (!customerId) return notFound("There is no such booking");
  const system = await bookingSystem();
  const result = await cancelBooking(
    system.deps,
    { bookingId: bookingId.data, customerId, seatIds: input.data.seatIds, by: "customer" },
    customerCommand("cancel", customerId, input.data.idempotencyKey),
  );
  if (!result.ok) return domainProblem(result.error);
  // The process manager releases the seats and refunds; answer once the read side shows it.
  await system.processManager.waitFor(result.lastPosition, 5000);
  await system.projections.waitFor(await system.store.headPosition(), 5000);
  return NextResponse.json({ bookingId: bookingId.data, cancelledSeatIds: result.seatIds, refundDueCents: result.refundDueCents });
}
