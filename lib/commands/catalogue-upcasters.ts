// The event store's upcasters for this catalogue: the domain's schema history, with customers named by
// the pseudonym the system's secret gives them (lib/domain/event-schemas.ts).
import { maskMetadata, schemaChanges } from "../domain/event-schemas";
import { UpcasterRegistry } from "../eventstore/upcasters";

export function catalogueUpcasters(pseudonymOf: (customerId: string) => string, defaultTimeZone = "UTC"): UpcasterRegistry {
  return UpcasterRegistry.of(schemaChanges(pseudonymOf, defaultTimeZone), maskMetadata(pseudonymOf));
}
