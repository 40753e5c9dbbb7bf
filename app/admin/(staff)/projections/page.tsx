import type { Metadata } from "next";
import { requireStaff } from "@/lib/staff/session";
import { bookingSystem } from "@/lib/system";
import { projectionStatus, type ProjectionStatusReport } from "@/lib/admin/projection-status";
import { ProjectionControl } from "@/components/admin/projections/ProjectionControl";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Projections" };

export default async function ProjectionsPage() {
  await requireStaff();
  let initial: ProjectionStatusReport | null = null;
  let failure: string | null = null;
  try {
    initial = await projectionStatus(await bookingSystem());
  } catch (error) {
    // The store may be unreachable; say so here rather than failing the whole staff area.
    console.error("Reading projection status failed", error);
    failure = error instanceof Error ? error.message : String(error);
  }
  return (
    <main>
      <h1 className="text-2xl font-bold tracking-tight">Projections</h1>
      <p className="mt-1 max-w-3xl text-slate-600">
        Each read table follows the event log from its checkpoint. Rebuild one to replay the log into it from position 0; verify one to
        replay the log into scratch rows and compare them with the live table.
      </p>
      <div className="mt-4">
        {initial ? (
          <ProjectionControl initial={initial} />
        ) : (
          <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-red-900">
            The projection status could not be read: {failure}
          </p>
        )}
      </div>
    </main>
  );
}
