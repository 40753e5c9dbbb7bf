import { projectionStatusForApi } from "@/lib/admin/reads/projections";
import { jsonResponse } from "@/lib/admin/reads/answer";

export const dynamic = "force-dynamic";

/** Every projection's checkpoint, lag, status and last error, and the process manager's checkpoint. */
export async function GET() {
  return jsonResponse(await projectionStatusForApi(), { headers: { "Cache-Control": "no-store" } });
}
