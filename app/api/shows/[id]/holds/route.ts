import { NextResponse } from "next/server";
import { holdInput, showIdSchema } from "@/lib/http/inputs";
import { badRequest, notFound, refusalProblem } from "@/lib/http/problem";
import { crossSiteRefusal, notJsonRefusal, readJsonBody } from "@/lib/http/json-request";
import { holdSeatsForCaller } from "@/lib/customers/holds";

/** Holds seats for the calling customer: 201 with the booking id and the hold's deadline. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const refusal = crossSiteRefusal(request) ?? notJsonRefusal(request);
  if (refusal) return refusal;
  const showId = showIdSchema.safeParse((await params).id);
  if (!showId.success) return notFound("There is no such show");
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = holdInput.safeParse(body.value);
  if (!input.success) return badRequest(input.error);
  const result = await holdSeatsForCaller({ showId: showId.data, ...input.data });
  if (!result.ok) return refusalProblem(result.error);
  return NextResponse.json(
    { bookingId: result.bookingId, expiresAt: result.expiresAt, checkoutUrl: `/checkout/${result.bookingId}` },
    { status: result.duplicate ? 200 : 201 },
  );
}
