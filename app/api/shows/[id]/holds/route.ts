import { NextResponse } from "next/server";
import { holdInput, showIdSchema } from "@/lib/http/inputs";
import { badRequest, domainProblem, jsonBody, notFound } from "@/lib/http/problem";
import { holdForCustomer } from "@/lib/http/customer-holds";

/** Holds seats for the calling customer: 201 with the booking id and the hold's deadline. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const showId = showIdSchema.safeParse((await params).id);
  if (!showId.success) return notFound("There is no such show");
  const input = holdInput.safeParse(await jsonBody(request));
  if (!input.success) return badRequest(input.error);
  const result = await holdForCustomer(showId.data, input.data.seatIds, input.data.idempotencyKey);
  if (!result.ok) return domainProblem(result.error);
  return NextResponse.json(
    { bookingId: result.bookingId, expiresAt: result.expiresAt, checkoutUrl: `/checkout/${result.bookingId}` },
    { status: result.duplicate ? 200 : 201 },
  );
}
