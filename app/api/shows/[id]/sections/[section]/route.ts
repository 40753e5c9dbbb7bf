import { NextResponse } from "next/server";
import { sectionSeatsForCaller } from "@/lib/customers/shows";
import { sectionNameSchema, showIdSchema } from "@/lib/http/inputs";
import { notFound } from "@/lib/http/problem";

export const dynamic = "force-dynamic";

/** One section's seats: what a big venue's overview loads when the section is opened (the page carries none). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; section: string }> }) {
  const { id, section } = await params;
  const showId = showIdSchema.safeParse(id);
  const name = sectionNameSchema.safeParse(section);
  if (!showId.success || !name.success) return notFound("There is no such section");
  const result = await sectionSeatsForCaller(showId.data, name.data);
  if (!result) return notFound("There is no such section");
  return NextResponse.json(result);
}
