// Projection control for signed-in staff only: status, rebuild and verify. Each function checks the
// session first. Rebuild and verify change nothing in the log; progress goes to the staff room.
import "server-only";
import { bookingSystem } from "../../system";
import { publishToStaff } from "../../realtime/server";
import { verifiableProjections, verifyProjection } from "../../projections/verify";
import { currentStaff, requireStaff } from "../../staff/session";
import { projectionNameSchema, projectionStatus, startRebuild } from "../projection-status";
import type { ProjectionStatusReport, RebuildState, VerificationReport } from "../projection-views";
import { answer, conflictAnswer, notFoundAnswer, UNAUTHORIZED, type StaffAnswer } from "./answer";

const NO_SUCH_PROJECTION = "There is no such projection";

/** The projection page's first picture; a store that cannot be read is said, not thrown (the page stays usable). */
export async function readProjectionStatus(): Promise<{ ok: true; report: ProjectionStatusReport } | { ok: false; failure: string }> {
  await requireStaff();
  try {
    return { ok: true, report: await projectionStatus(await bookingSystem()) };
  } catch (error) {
    console.error("Reading projection status failed", error);
    return { ok: false, failure: error instanceof Error ? error.message : String(error) };
  }
}

/** GET /api/admin/projections. */
export async function projectionStatusForApi(): Promise<StaffAnswer<ProjectionStatusReport>> {
  if (!(await currentStaff())) return UNAUTHORIZED;
  return answer(await projectionStatus(await bookingSystem()));
}

/**
 * POST /api/admin/projections/{name}/rebuild: starts a blue/green rebuild and answers at once; 409 when one
 * is running here or in another instance.
 */
export async function startRebuildForApi(name: string): Promise<StaffAnswer<RebuildState>> {
  if (!(await currentStaff())) return UNAUTHORIZED;
  const system = await bookingSystem();
  const parsed = projectionNameSchema(system).safeParse(name);
  if (!parsed.success) return notFoundAnswer(NO_SUCH_PROJECTION);
  const started = await startRebuild(system, parsed.data, (progress) => publishToStaff("admin:projection", { ...progress, operation: "rebuild" }));
  return started ? answer(started) : conflictAnswer(`${parsed.data} is already rebuilding`);
}

/** GET /api/admin/projections/{name}/rebuild: the latest rebuild, in this instance or another (null when none ran). */
export async function rebuildStateForApi(name: string): Promise<StaffAnswer<RebuildState | null>> {
  if (!(await currentStaff())) return UNAUTHORIZED;
  const system = await bookingSystem();
  const parsed = projectionNameSchema(system).safeParse(name);
  if (!parsed.success) return notFoundAnswer(NO_SUCH_PROJECTION);
  const row = (await projectionStatus(system)).rows.find((r) => r.name === parsed.data);
  return answer(row?.rebuild ?? null);
}

/** POST /api/admin/projections/{name}/verify: replays the log into scratch rows and lists the differences. */
export async function verifyForApi(name: string): Promise<StaffAnswer<VerificationReport>> {
  if (!(await currentStaff())) return UNAUTHORIZED;
  const system = await bookingSystem();
  const parsed = projectionNameSchema(system).safeParse(name);
  const projection = system.projections.projections.find((p) => p.name === parsed.data);
  if (!parsed.success || !projection || !verifiableProjections.includes(parsed.data)) return notFoundAnswer(NO_SUCH_PROJECTION);
  // A rebuild fills shadow tables: the live rows verified here stay whole meanwhile.
  return answer(
    await verifyProjection(system.store, projection, {
      onProgress: (progress) => publishToStaff("admin:projection", { ...progress, operation: "verify" }),
    }),
  );
}
