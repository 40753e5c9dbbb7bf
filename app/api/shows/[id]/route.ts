// Served by the JSON fast path in server.ts (lib/http/hot-api.ts); mounted here too, so Next.js alone serves it.
import { showResponse } from "@/lib/http/api/show";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return showResponse((await params).id, request.headers.get("accept-encoding"));
}
