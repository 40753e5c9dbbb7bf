// GET /api/shows/{id}: a public show and its seat map, with the seat-view position it reflects.
import { findShow, seatMapPosition } from "../../queries/shows";
import { bookingSystem } from "../../system";
import { showIdSchema } from "../inputs";
import { notFound } from "../problem";
import { showBody } from "../show-body";

export async function showResponse(rawShowId: string, acceptEncoding: string | null): Promise<Response> {
  const id = showIdSchema.safeParse(rawShowId);
  if (!id.success) return notFound("There is no such show");
  const { db } = await bookingSystem();
  const position = await seatMapPosition(db.prisma);
  const show = await findShow(db.prisma, id.data);
  if (!show || show.status === "draft") return notFound("There is no such show");
  const body = await showBody(db.prisma, show, position);
  // A whole arena's map is 600 KB of JSON and about a tenth of that gzipped, compressed once per change.
  const headers = { "content-type": "application/json", vary: "Accept-Encoding" };
  if (/\bgzip\b/.test(acceptEncoding ?? "")) return new Response(new Uint8Array(await body.gzip()), { headers: { ...headers, "content-encoding": "gzip" } });
  return new Response(new Uint8Array(body.json), { headers });
}
