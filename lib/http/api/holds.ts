// POST /api/shows/{id}/holds: holds seats for the calling customer (made on first use): 201 with the
// booking id and the hold's deadline, 200 for a repeated idempotency key.
import type { CallerRequest } from "../../customers/caller";
import { holdSeatsForCaller } from "../../customers/holds";
import { holdInput, showIdSchema } from "../inputs";
import { crossSiteRefusal, notJsonRefusal, readJsonBody } from "../json-request";
import { badRequest, notFound, refusalProblem } from "../problem";

export async function holdResponse(request: Request, rawShowId: string, caller?: CallerRequest): Promise<Response> {
  const refusal = crossSiteRefusal(request) ?? notJsonRefusal(request);
  if (refusal) return refusal;
  const showId = showIdSchema.safeParse(rawShowId);
  if (!showId.success) return notFound("There is no such show");
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = holdInput.safeParse(body.value);
  if (!input.success) return badRequest(input.error);
  const result = await holdSeatsForCaller({ showId: showId.data, ...input.data }, caller);
  if (!result.ok) return refusalProblem(result.error);
  return Response.json(
    { bookingId: result.bookingId, expiresAt: result.expiresAt, checkoutUrl: `/checkout/${result.bookingId}` },
    { status: result.duplicate ? 200 : 201 },
  );
}
