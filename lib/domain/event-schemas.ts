// The catalogue's history of schema changes, as pure functions the event store applies on read
// (lib/eventstore/upcasters.ts): stored rows stay exactly as written.
// Customers used to be named in events by their cookie value, a bearer secret. They are now named by a
// pseudonym (an HMAC of it), and older events are shown masked the same way, so one customer's old and
// new events still line up and no secret reaches staff screens or exports.

type Fields = Record<string, unknown>;
type PseudonymOf = (customerId: string) => string;
/** Shows scheduled before venues had time zones are read in the zone the server is configured with. */
type DefaultTimeZone = string;

export interface SchemaChange {
  type: string;
  fromVersion: number;
  upcast(data: Fields): Fields;
}

const maskActor = (actor: unknown, pseudonymOf: PseudonymOf) =>
  typeof actor === "string" && actor.startsWith("customer:") ? `customer:${pseudonymOf(actor.slice("customer:".length))}` : actor;

// Customer command ids are `<kind>:<customer>:<idempotency key>[:<step>]`.
const CUSTOMER_COMMAND = /^(hold|pay|extend|release|cancel):([^:]+):/;
const maskCommandId = (id: unknown, pseudonymOf: PseudonymOf) =>
  typeof id === "string" ? id.replace(CUSTOMER_COMMAND, (_, kind: string, customer: string) => `${kind}:${pseudonymOf(customer)}:`) : id;

export function schemaChanges(pseudonymOf: PseudonymOf, defaultTimeZone: DefaultTimeZone = "UTC"): SchemaChange[] {
  return [
    // v1 shows had no venue time zone (every page said UTC).
    { type: "ShowScheduled", fromVersion: 1, upcast: (data) => ({ timeZone: defaultTimeZone, ...data }) },
    // v1 bookings were always in euros and did not say so.
    { type: "BookingStarted", fromVersion: 1, upcast: (data) => ({ currency: "EUR", ...data }) },
    // v2 named the customer by cookie value.
    {
      type: "BookingStarted",
      fromVersion: 2,
      upcast: (data) => (typeof data.customerId === "string" ? { ...data, customerId: pseudonymOf(data.customerId) } : data),
    },
    // v1 payments had no attempt number: a failed payment ended the booking, so each was its booking's first.
    { type: "PaymentAuthorized", fromVersion: 1, upcast: (data) => ({ attempt: 1, ...data }) },
    { type: "PaymentFailed", fromVersion: 1, upcast: (data) => ({ attempt: 1, ...data }) },
    // v1 named a cancelling customer by cookie value.
    { type: "BookingCancelled", fromVersion: 1, upcast: (data) => ({ ...data, by: maskActor(data.by, pseudonymOf) }) },
  ];
}

/**
 * Masks the customer in older metadata (actor and customer command ids); current metadata passes
 * unchanged, as the same object (every event read passes here: a rebuild reads millions).
 */
export function maskMetadata(pseudonymOf: PseudonymOf): (metadata: Fields) => Fields {
  return (metadata) => {
    const actor = maskActor(metadata.actor, pseudonymOf);
    const commandId = maskCommandId(metadata.commandId, pseudonymOf);
    const correlationId = maskCommandId(metadata.correlationId, pseudonymOf);
    const causationId = maskCommandId(metadata.causationId, pseudonymOf);
    const unchanged =
      actor === metadata.actor &&
      commandId === metadata.commandId &&
      correlationId === metadata.correlationId &&
      causationId === metadata.causationId;
    return unchanged ? metadata : { ...metadata, actor, commandId, correlationId, causationId };
  };
}
