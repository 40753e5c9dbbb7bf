import { NextResponse } from "next/server";
import { bookingSystem } from "@/lib/system";
import { holdSeats } from "@/lib/commands/holds";
import { holdInput, showIdSchema } from "@/lib/http/inputs";
import { badRequest, domainProblem, jsonBody, notFound } from "@/lib/http/problem";
import { ensureCustomerId, customerCommand } from "@/lib/http/customer";

/** Holds seats for the calling customer: 201 with the booking id and the hold's deadline. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const showId = showIdSchema.safeParse((await params).id);
  if (!showId.success) return notFound("There is no such show");
  const input = holdInput.safeParse(await jsonBody(request));
  if (!input.success) return badRequest(input.error);
  const customerId = await ensureCustomerId();
  const system = await bookingSystem();
  const result = await holdSeats(
    system.deps,
    { showId: showId.data, seatIds: input.data.seatIds, customerId },
    customerCommand("hold", customerId, input.data.idempotencyKey),
  );
  if (!result.ok) return domainProblem(result.error);
  await system.projections.waitFor(result.lastPosition, 3000);
  return NextResponse.json(
    { bookingId: result.bookingId, expiresAt: result.expiresAt, checkoutUrl: `/checkout/${result.bookingId}` },
    { status: result.duplicate ? 200 : 201 },
  );
}
