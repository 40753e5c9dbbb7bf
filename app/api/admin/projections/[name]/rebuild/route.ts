import { rebuildStateForApi, startRebuildForApi } from "@/lib/admin/reads/projections";
import { jsonResponse } from "@/lib/admin/reads/answer";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ name: string }> };

/**
 * Starts rebuilding a projection from position 0 and answers at once (202): a rebuild of a long log
 * outlives any request. Progress goes to the staff room and into GET's answer.
 */
export async function POST(_request: Request, { params }: Params) {
  return jsonResponse(await startRebuildForApi((await params).name), { status: 202 });
}

/** The latest rebuild of a projection in this process (null when none ran): for clients without the socket. */
export async function GET(_request: Request, { params }: Params) {
  return jsonResponse(await rebuildStateForApi((await params).name), { headers: { "Cache-Control": "no-store" } });
}
