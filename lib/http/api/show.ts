// GET /api/shows/{id}: a public show and its seat map, with the seat-view position it reflects.
import { findShow, seatMapPosition } from "../../queries/shows";
import { bookingSystem } from "../../system";
import { showIdSchema } from "../inputs";
import { notFound } from "../problem";
import { seatsJson } from "../seat-map-json";
import { showJson } from "../views";

export async function showResponse(rawShowId: string): Promise<Response> {
  const id = showIdSchema.safeParse(rawShowId);
  if (!id.success) return notFound("There is no such show");
  const { db } = await bookingSystem();
  const position = await seatMapPosition(db.prisma);
  const show = await findShow(db.prisma, id.data);
  if (!show || show.status === "draft") return notFound("There is no such show");
  // The seats arrive as JSON text (shared between readers), so the body is put together as text.
  const seats = await seatsJson(db.prisma, id.data, position);
  return new Response(`{"show":${JSON.stringify(showJson(show))},"position":${position},"seats":${seats}}`, {
    headers: { "content-type": "application/json" },
  });
}
