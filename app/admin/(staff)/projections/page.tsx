import type { Metadata } from "next";
import { readProjectionStatus } from "@/lib/admin/reads/projections";
import { ProjectionControl } from "@/components/admin/projections/ProjectionControl";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Projections" };

export default async function ProjectionsPage() {
  // The store may be unreachable: the read says so rather than failing the whole staff area.
  const status = await readProjectionStatus();
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">Projections</h1>
      <p className="mt-1 max-w-3xl text-slate-600">
        Each read table follows the event log from its checkpoint. Rebuild one to replay the log from position 0 into a fresh copy,
        swapped in once it has caught up (pages keep the current rows until then); verify one to replay the log into scratch rows and
        compare them with the live table.
      </p>
      <div className="mt-4">
        {status.ok ? (
          <ProjectionControl initial={status.report} />
        ) : (
          <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-red-900">
            The projection status could not be read: {status.failure}
          </p>
        )}
      </div>
    </div>
  );
}
