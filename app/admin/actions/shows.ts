"use server";
// Staff actions on the catalogue: thin edges that check the session, parse with zod, call one command
// handler as `staff:<name>`, wait for the read tables (so the page shows the change) and refresh.
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { bookingSystem } from "@/lib/system";
import { requireStaff } from "@/lib/staff/session";
import { addSeats, cancelShow, publishShow, removeSeats, rescheduleShow, scheduleShow } from "@/lib/commands/shows";
import type { Outcome } from "@/lib/commands/context";
import { fieldErrorsOf, firstMessage, seatIdSchema, showIdSchema } from "@/lib/http/inputs";
import { seatingPlanSchema, seatsOfPlan, venueLayoutSchema } from "@/lib/admin/seating-plan";
import type { ActionState } from "@/app/actions/state";
import { isTimeZone, venueTimeToUtc } from "@/lib/domain/venue-time";
import { changeSeatingLayout } from "@/lib/staff/layouts";

const invalid = (error: z.ZodError): ActionState => ({ ok: false, message: firstMessage(error), fieldErrors: fieldErrorsOf(error) });

const timeZoneSchema = z.string().trim().refine(isTimeZone, "Choose the venue's time zone");

/** A `datetime-local` value on the venue's clock, with the zone it was typed in, becomes a UTC instant. */
const venueStartSchema = z
  .object({
    startsAt: z.string().trim().min(1, "Choose when the show starts"),
    timeZone: timeZoneSchema,
  })
  .transform(({ startsAt, timeZone }, ctx) => {
    const utc = venueTimeToUtc(startsAt.slice(0, 16), timeZone);
    if (utc === null) {
      ctx.addIssue({ code: "custom", path: ["startsAt"], message: "Not a valid date and time" });
      return z.NEVER;
    }
    return { startsAt: utc, timeZone };
  });

const json = z.string().transform((s, ctx) => {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "The seating plan could not be read" });
    return z.NEVER;
  }
});
const planJson = json.pipe(seatingPlanSchema);
/** Optional: a plan without a layout is drawn with the default one. */
const layoutJson = z.union([z.literal("").transform(() => undefined), json.pipe(venueLayoutSchema)]);

const newShowInput = z.object({
  title: z.string().trim().min(1, "Give the show a title").max(120),
  venue: z.string().trim().min(1, "Name the venue").max(120),
  description: z.string().trim().max(2000),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, "A three-letter currency code, like EUR"),
  plan: planJson,
  layout: layoutJson,
  /** Set by the form when it loads, so a double submit schedules one show. */
  idempotencyKey: z.string().trim().min(8).max(100),
});

const fieldsOf = (form: FormData, names: string[]) => Object.fromEntries(names.map((k) => [k, form.get(k) ?? ""]));

async function staffContext(commandId: string) {
  const staff = await requireStaff();
  return { commandId, actor: `staff:${staff.name}` };
}

/** After a handler: the refusal as the form shows it, or wait for the read tables and refresh the pages. */
async function settle(result: Outcome<object>, message: string, showId: string): Promise<ActionState> {
  if (!result.ok)
    return { ok: false, message: result.error.message, code: result.error.code, seatIds: result.error.details.seatIds };
  const system = await bookingSystem();
  await system.projections.waitFor(result.lastPosition, 3000);
  revalidatePath("/admin");
  revalidatePath("/admin/shows");
  revalidatePath(`/admin/shows/${showId}`);
  revalidatePath(`/shows/${showId}`);
  return { ok: true, message };
}

export async function createShowAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  await requireStaff();
  const input = newShowInput.safeParse(fieldsOf(form, ["title", "venue", "description", "currency", "plan", "layout", "idempotencyKey"]));
  const start = venueStartSchema.safeParse(fieldsOf(form, ["startsAt", "timeZone"]));
  if (!input.success) return invalid(input.error);
  if (!start.success) return invalid(start.error);
  const { plan, layout, idempotencyKey, ...rest } = input.data;
  const details = { ...rest, ...start.data };
  const system = await bookingSystem();
  const showId = `${details.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "show"}-${randomUUID().slice(0, 4)}`;
  const result = await scheduleShow(system.deps, { showId, ...details, seats: seatsOfPlan(plan), layout }, await staffContext(`schedule:${idempotencyKey}`));
  const settled = await settle(result, "Show created", showId);
  if (!settled?.ok) return settled;
  // A retried submit was a duplicate command: its show id is the first attempt's, so go to the list.
  redirect(result.ok && result.showId === showId ? `/admin/shows/${showId}?created=1` : "/admin/shows");
}

const showForm = z.object({ showId: showIdSchema, idempotencyKey: z.string().trim().min(8).max(100) });

function showFormOf(form: FormData) {
  return showForm.safeParse({ showId: form.get("showId"), idempotencyKey: form.get("idempotencyKey") });
}

export async function publishShowAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  await requireStaff();
  const show = showFormOf(form);
  if (!show.success) return invalid(show.error);
  const system = await bookingSystem();
  const result = await publishShow(system.deps, show.data.showId, await staffContext(`publish:${show.data.showId}:${show.data.idempotencyKey}`));
  return settle(result, "Published: the show is on sale", show.data.showId);
}

export async function rescheduleShowAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  await requireStaff();
  const show = showFormOf(form);
  if (!show.success) return invalid(show.error);
  const start = venueStartSchema.safeParse(fieldsOf(form, ["startsAt", "timeZone"]));
  if (!start.success) return invalid(start.error);
  const system = await bookingSystem();
  const result = await rescheduleShow(
    system.deps,
    { showId: show.data.showId, startsAt: start.data.startsAt },
    await staffContext(`reschedule:${show.data.showId}:${show.data.idempotencyKey}`),
  );
  return settle(result, "Rescheduled", show.data.showId);
}

const newRowInput = z.object({
  section: z.string().trim().min(1, "Name the section").max(40),
  code: z.string().trim().max(4).regex(/^[A-Za-z0-9]*$/, "Letters and digits only").transform((s) => s.toUpperCase()),
  row: z.string().trim().min(1, "Name the row").max(4).regex(/^[A-Za-z0-9]+$/, "Letters and digits only").transform((s) => s.toUpperCase()),
  firstNumber: z.coerce.number().int().min(1).max(999),
  count: z.coerce.number().int().min(1, "Add at least one seat").max(200),
  tier: z.string().trim().min(1, "Name the price tier").max(40),
  priceCents: z.coerce.number().int().min(0).max(10_000_000),
});

/** A show's new section order and geometry, as the layout editor sends it. */
export async function setLayoutAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  await requireStaff();
  const show = showFormOf(form);
  if (!show.success) return invalid(show.error);
  const layout = json.pipe(venueLayoutSchema).safeParse(form.get("layout") ?? "");
  if (!layout.success) return invalid(layout.error);
  const result = await changeSeatingLayout(show.data.showId, layout.data, show.data.idempotencyKey);
  return settle(result, "Layout saved: the public map shows it now", show.data.showId);
}

export async function addSeatsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  await requireStaff();
  const show = showFormOf(form);
  if (!show.success) return invalid(show.error);
  const euros = Number(form.get("price"));
  const input = newRowInput.safeParse({
    ...Object.fromEntries(["section", "code", "row", "firstNumber", "count", "tier"].map((k) => [k, form.get(k) ?? ""])),
    priceCents: Number.isFinite(euros) ? Math.round(euros * 100) : NaN,
  });
  if (!input.success) return invalid(input.error);
  const { section, code, row, firstNumber, count, tier, priceCents } = input.data;
  const seats = Array.from({ length: count }, (_, i) => ({
    seatId: `${code ? `${code}-` : ""}${row}-${firstNumber + i}`,
    section,
    row,
    number: firstNumber + i,
    tier,
    priceCents,
  }));
  const system = await bookingSystem();
  const result = await addSeats(system.deps, { showId: show.data.showId, seats }, await staffContext(`add-seats:${show.data.showId}:${show.data.idempotencyKey}`));
  return settle(result, `${count} ${count === 1 ? "seat" : "seats"} added`, show.data.showId);
}

export async function removeSeatsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  await requireStaff();
  const show = showFormOf(form);
  if (!show.success) return invalid(show.error);
  const typed = String(form.get("seatIdsText") ?? "")
    .split(/[\s,]+/)
    .filter(Boolean);
  const seatIds = z
    .array(seatIdSchema)
    .min(1, "Choose the seats to remove")
    .max(500)
    .safeParse([...new Set([...form.getAll("seatId").map(String), ...typed].map((s) => s.toUpperCase()))]);
  if (!seatIds.success) return invalid(seatIds.error);
  const system = await bookingSystem();
  const result = await removeSeats(
    system.deps,
    { showId: show.data.showId, seatIds: seatIds.data },
    await staffContext(`remove-seats:${show.data.showId}:${show.data.idempotencyKey}`),
  );
  return settle(result, `${seatIds.data.length} ${seatIds.data.length === 1 ? "seat" : "seats"} removed`, show.data.showId);
}

export async function cancelShowAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  await requireStaff();
  const show = showFormOf(form);
  if (!show.success) return invalid(show.error);
  const reason = z.string().trim().min(3, "Say why the show is cancelled (customers are told)").max(300).safeParse(form.get("reason") ?? "");
  if (!reason.success) return invalid(reason.error);
  if (form.get("confirm") !== "yes") return { ok: false, message: "Tick the box to confirm the cancellation" };
  const system = await bookingSystem();
  const result = await cancelShow(
    system.deps,
    { showId: show.data.showId, reason: reason.data },
    await staffContext(`cancel-show:${show.data.showId}:${show.data.idempotencyKey}`),
  );
  // The process manager cancels and refunds every booking; give it a moment so the page shows it under way.
  if (result.ok) await system.processManager.waitFor(result.lastPosition, 5000);
  return settle(result, "Cancelled. Every booking is being cancelled and refunded.", show.data.showId);
}
