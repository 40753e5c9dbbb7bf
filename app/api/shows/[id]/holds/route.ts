// Served by the JSON fast path in server.ts (lib/http/hot-api.ts); mounted here too, so Next.js alone serves it.
import { holdResponse } from "@/lib/http/api/holds";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return holdResponse(request, (await params).id);
}
