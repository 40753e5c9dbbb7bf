// NDJSON export of a stream or a filtered log, for staff: written a batch at a time as it is read,
// so exporting a big log never holds it in memory.
import { exportForApi } from "@/lib/admin/reads/history";
import { refusalResponse } from "@/lib/admin/reads/answer";
import { exportSchema, firstValues } from "@/lib/admin/history-filters";
import { badRequest } from "@/lib/http/problem";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = exportSchema.safeParse(firstValues(Object.fromEntries(url.searchParams)));
  if (!parsed.success) return badRequest(parsed.error);
  const exported = await exportForApi(parsed.data);
  if (!exported.ok) return refusalResponse(exported);

  const lines = exported.value;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    // pull: the next batch is read only when the client has taken the previous one (backpressure).
    async pull(controller) {
      try {
        const next = await lines.next();
        if (next.done) return controller.close();
        controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  const name = (parsed.data.streamId ?? "events").replace(/[^A-Za-z0-9_.-]/g, "_");
  return new Response(body, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}-${new Date().toISOString().slice(0, 19).replace(/:/g, "")}.ndjson"`,
      "Cache-Control": "no-store",
    },
  });
}
