import { verifyForApi } from "@/lib/admin/reads/projections";
import { jsonResponse } from "@/lib/admin/reads/answer";

export const dynamic = "force-dynamic";

/** Replays the log into scratch rows and compares them with the live table; answers the differences. */
export async function POST(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  return jsonResponse(await verifyForApi((await params).name), { headers: { "Cache-Control": "no-store" } });
}
