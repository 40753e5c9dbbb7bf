// The history viewer's query parameters, parsed with zod, and the URLs that carry them. Pure: pages
// parse with these before calling a staff read (lib/admin/reads/history.ts).
import { z } from "zod";
import { allEventTypes, eventTypesByCategory, type StreamCategory } from "../domain/events";

const categories = Object.keys(eventTypesByCategory) as [StreamCategory, ...StreamCategory[]];
const eventTypes = allEventTypes as unknown as [string, ...string[]];

/** An empty form field arrives as "": the same as leaving the filter out. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** `<input type="datetime-local">` sends no zone: staff times are UTC, as every time on these pages. */
const utcTime = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const withZone = /(Z|[+-]\d\d:?\d\d)$/i.test(s) ? s : `${s}Z`;
    const date = new Date(withZone);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: `"${s}" is not a date and time (use YYYY-MM-DDTHH:MM, UTC)` });
      return z.NEVER;
    }
    return date;
  });

const position = z.coerce.number({ message: "A position is a whole number" }).int("A position is a whole number").min(0, "A position cannot be negative");
export const correlationIdSchema = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9_.:-]+$/, "Not a correlation id");
export const streamIdSchema = z.string().trim().min(3).max(140).regex(/^[a-z]+-[A-Za-z0-9_.:-]+$/, "Not a stream id (<category>-<id>)");

export const logFilterSchema = z
  .object({
    category: optional(z.enum(categories, { message: "Unknown category" })),
    type: optional(z.enum(eventTypes, { message: "Unknown event type" })),
    from: optional(utcTime),
    to: optional(utcTime),
    correlationId: optional(correlationIdSchema),
    before: optional(position),
    after: optional(position),
  })
  .refine((f) => !(f.from && f.to && f.from > f.to), { message: "The time range ends before it starts", path: ["to"] });

export type LogFilter = z.infer<typeof logFilterSchema>;
export type SearchParams = Record<string, string | string[] | undefined>;

/** Next.js hands repeated query keys over as arrays: the first one wins. */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

export function hasFilters(filter: LogFilter): boolean {
  return !!(filter.category || filter.type || filter.from || filter.to || filter.correlationId);
}

export const streamListSchema = z.object({
  category: optional(z.enum(categories, { message: "Unknown category" })),
  page: z.preprocess(blankToUndefined, z.coerce.number({ message: "A page is a whole number" }).int().min(1, "Pages start at 1").max(100_000).default(1)),
});

const versionParam = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.coerce.number({ message: "A version is a whole number" }).int("A version is a whole number").min(0, "Versions start at 0").optional(),
);
/** A stream page: `version` to travel to, `from` the first version listed. */
export const streamQuerySchema = z.object({ version: versionParam, from: versionParam });

/** Versions listed on one page of a stream. */
export const STREAM_EVENTS_PAGE_SIZE = 50;

export const exportSchema = logFilterSchema.and(z.object({ streamId: optional(streamIdSchema) }));
export type ExportFilter = z.infer<typeof exportSchema>;

/** The export URL for the same filters (and stream) a page shows. */
export function exportHref(filter: Partial<Record<"category" | "type" | "correlationId" | "streamId", string>> & { from?: Date; to?: Date }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value instanceof Date) params.set(key, value.toISOString());
    else if (typeof value === "string" && value) params.set(key, value);
  }
  const query = params.toString();
  return `/api/admin/events/export${query ? `?${query}` : ""}`;
}
