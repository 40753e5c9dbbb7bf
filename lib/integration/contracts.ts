// The public integration events: what other systems (accounting, marketing, access control) may rely on.
// Separate from the domain events and versioned on their own: a domain event may change shape or split
// without any consumer noticing, as long as these stay. Each is published on `seatwise.<name>.<showId>`.
import { z } from "zod";

const showId = z.string().describe("The show's id, as in /shows/{id}");
const reference = z.string().describe("The booking reference the customer holds (e.g. Z2NB-JF12)");
const at = z.iso.datetime().describe("When it happened (UTC, ISO 8601)");

export const contracts = {
  "show.published": {
    version: 1,
    description: "A show went on sale.",
    data: z.object({ showId, publishedAt: at }),
  },
  "show.rescheduled": {
    version: 1,
    description: "A show moved to another start time.",
    data: z.object({ showId, startsAt: at, previousStartsAt: at, rescheduledAt: at }),
  },
  "show.cancelled": {
    version: 1,
    description: "A show was cancelled; every booking of it is cancelled and refunded (each its own booking.cancelled).",
    data: z.object({ showId, reason: z.string(), cancelledAt: at }),
  },
  "booking.confirmed": {
    version: 1,
    description: "A booking was paid for and its seats are the customer's.",
    data: z.object({ showId, reference, totalCents: z.number().int().nonnegative(), confirmedAt: at }),
  },
  "booking.cancelled": {
    version: 1,
    description: "Some or all seats of a booking were given up, with the refund owed for them.",
    data: z.object({
      showId,
      reference,
      seatIds: z.array(z.string()).min(1),
      refundCents: z.number().int().nonnegative().describe("Refund owed for these seats; 0 when nothing was paid"),
      reason: z.enum(["abandoned", "cancelled_by_customer", "cancelled_by_staff", "show_cancelled"]),
      wholeBooking: z.boolean().describe("True when no seat is left in the booking"),
      cancelledAt: at,
    }),
  },
} as const;

export type ContractName = keyof typeof contracts;
export type ContractData<N extends ContractName> = z.infer<(typeof contracts)[N]["data"]>;

/** What travels on the feed: the contract, its version, the log position it comes from, and its data. */
export interface IntegrationEvent<N extends ContractName = ContractName> {
  contract: N;
  version: number;
  /** The global log position of the domain event: the message id, so a re-publish is dropped as a duplicate. */
  position: number;
  data: ContractData<N>;
}

/** The first token of every feed subject (a test feed uses its own, so feeds on one server do not overlap). */
export const FEED_SUBJECT_PREFIX = "seatwise";

export function subjectOf(event: IntegrationEvent, prefix = FEED_SUBJECT_PREFIX): string {
  return `${prefix}.${event.contract}.${event.data.showId}`;
}

/** The JSON Schema of a contract's message (envelope and data), as committed under contracts/. */
export function jsonSchemaOf(name: ContractName): Record<string, unknown> {
  const contract = contracts[name];
  const message = z
    .object({
      contract: z.literal(name),
      version: z.literal(contract.version),
      position: z.number().int().positive().describe("Global log position of the event it comes from; also the JetStream message id"),
      data: contract.data,
    })
    .describe(contract.description);
  return { $id: `https://seatwise.example/contracts/${name}.v${contract.version}.schema.json`, title: `${name} v${contract.version}`, ...z.toJSONSchema(message) };
}
