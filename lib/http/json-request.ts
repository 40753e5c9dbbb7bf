// The edge of every JSON route that changes something: our own pages or non-browser clients only, JSON
// only, and a bounded body read off the stream (a Content-Length can lie or be missing).
import "server-only";
import { NextResponse } from "next/server";
import { env } from "../config/env";
import { isSameOrigin } from "./origin";

const problem = (status: number, error: string, code: string) => NextResponse.json({ error, code }, { status });

/** 403 for a request another site's page made (cross-site request forgery), else null. */
export function crossSiteRefusal(request: Request): NextResponse | null {
  const same = isSameOrigin({
    origin: request.headers.get("origin"),
    host: request.headers.get("host"),
    fetchSite: request.headers.get("sec-fetch-site"),
    allowed: env().APP_ORIGIN,
  });
  return same ? null : problem(403, "Requests from other sites are not accepted", "CROSS_SITE");
}

/** 415 unless the body is declared as JSON (a cross-site form or text/plain "simple request" is not). */
export function notJsonRefusal(request: Request): NextResponse | null {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return type === "application/json" ? null : problem(415, "Send the body as application/json", "UNSUPPORTED_MEDIA_TYPE");
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: NextResponse };

/**
 * Reads at most `limit` bytes of body (413 beyond), then parses it; a body that is not JSON reads as
 * `undefined`, which the route's schema refuses like any other bad input.
 */
export async function readJsonBody(request: Request, limit = env().JSON_BODY_LIMIT_BYTES): Promise<JsonBody> {
  const tooLarge = (): JsonBody => ({ ok: false, response: problem(413, `The body is larger than ${limit.toLocaleString("en")} bytes`, "PAYLOAD_TOO_LARGE") });
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return tooLarge();
  if (!request.body) return { ok: true, value: undefined };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    chunks.push(value);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown };
  } catch {
    return { ok: true, value: undefined };
  }
}
