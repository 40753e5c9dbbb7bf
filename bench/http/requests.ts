// The requests a seat map's visitors send, each from a new customer (no cookie): a hold through the JSON
// API, a hold as the browser sends it (the server action, answered with the checkout page it redirects
// to), and a read of the show.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { pickDistinct, randomInt, seededRandom } from "../random";
import type { RequestKind } from "./load";

/** Seats per hold: one to four, as people book. */
const pickSeats = (random: () => number, seatIds: string[]) => pickDistinct(random, seatIds, randomInt(random, 1, 4));

export function jsonHold(showId: string, seatIds: string[], seed: number): RequestKind {
  const random = seededRandom(seed);
  return {
    method: "POST",
    path: `/api/shows/${showId}/holds`,
    build: () => ({
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ seatIds: pickSeats(random, seatIds), idempotencyKey: randomUUID() }),
    }),
    // 409: a seat was already taken (answered, nothing written), as most callers hear once seats run low.
    classify: (status) => (status === 201 ? "ok" : status === 409 ? "refused" : "error"),
  };
}

const manifestSchema = z.object({ node: z.record(z.string(), z.object({ exportedName: z.string().optional(), filename: z.string().optional() })) });

/** The build's id of the hold form's server action (it changes with every build). */
export function holdActionId(manifestPath = ".next/server/server-reference-manifest.json"): string {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestPath, "utf8")));
  const found = Object.entries(manifest.node).find(([, a]) => a.exportedName === "holdSeatsAction" && a.filename === "app/actions/booking.ts");
  if (!found) throw new Error("holdSeatsAction is not in the build's server-reference manifest: run `npm run build` first");
  return found[0];
}

/** The router state a browser on the show page sends with an action (as Chromium sent it, captured once). */
const routerStateOf = (showId: string) =>
  encodeURIComponent(
    JSON.stringify(["", { children: ["shows", { children: [["id", showId, "d", null], { children: ["__PAGE__", {}, null, null, 0] }, null, null, 4] }, null, null, 8] }, null, null, 24]),
  );

export function browserHold(baseUrl: string, showId: string, seatIds: string[], actionId: string, seed: number): RequestKind {
  const random = seededRandom(seed);
  const boundary = "----BenchFormBoundary7MA4YWxkTrZu0gW";
  const field = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const routerState = routerStateOf(showId);
  return {
    method: "POST",
    path: `/shows/${showId}`,
    build: () => ({
      headers: {
        "content-type": `multipart/form-data; boundary=${boundary}`,
        accept: "text/x-component",
        "next-action": actionId,
        "next-router-state-tree": routerState,
        origin: baseUrl,
        referer: `${baseUrl}/shows/${showId}`,
      },
      // The form's fields as React encodes useActionState's (previous state, form data) arguments.
      body:
        field("_1_showId", showId) +
        field("_1_idempotencyKey", randomUUID()) +
        pickSeats(random, seatIds).map((seat) => field("_1_seatId", seat)).join("") +
        field("0", '[null,"$K1"]') +
        `--${boundary}--\r\n`,
    }),
    // A hold answers with the redirect to its checkout (rendered in the same response); a refusal with the form's state.
    classify: (status, headers) => (status !== 200 ? "error" : headers["x-action-redirect"] ? "ok" : "refused"),
  };
}

export function readShow(showId: string): RequestKind {
  return {
    method: "GET",
    path: `/api/shows/${showId}`,
    // As browsers and most HTTP clients ask: the arena's 600 KB map travels as about a tenth of that.
    build: () => ({ headers: { "accept-encoding": "gzip, deflate, br" } }),
    classify: (status) => (status === 200 ? "ok" : "error"),
  };
}
