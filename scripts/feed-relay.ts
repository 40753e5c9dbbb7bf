// `npm run feed:relay`: the integration feed relay as its own process, for a deployment that runs it apart
// from the app (the app runs one itself when NATS_URL is set). Reads DATABASE_URL's log and publishes to
// NATS_URL (default nats://127.0.0.1:4222), stream NATS_STREAM, subjects NATS_SUBJECT_PREFIX.<contract>.<show>.
import { env } from "../lib/config/env";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate";
import { EventStore } from "../lib/eventstore/store";
import { catalogueUpcasters } from "../lib/commands/catalogue-upcasters";
import { customerSecrets } from "../lib/customers/secrets";
import { staffSecrets } from "../lib/config/env";
import { openFeedPublisher } from "../lib/integration/jetstream";
import { FeedRelay } from "../lib/integration/relay";

const config = env();
const url = config.NATS_URL ?? "nats://127.0.0.1:4222";
await migrate(config.DATABASE_URL);
const db = await openDatabase(config.DATABASE_URL);
// Read as the app reads: older events masked through the same pseudonyms, older shows in the venue's zone.
const store = new EventStore(db, catalogueUpcasters(customerSecrets(staffSecrets(config).sessionSecret).pseudonymOf, config.VENUE_TIME_ZONE));
const publisher = await openFeedPublisher({ url, stream: config.NATS_STREAM, prefix: config.NATS_SUBJECT_PREFIX });
const relay = new FeedRelay(store, db, publisher, { onError: (error) => console.error("Feed relay:", error) });
await relay.start();
console.log(`Feed relay: ${db.kind} log -> ${url}, stream ${config.NATS_STREAM}, subjects ${config.NATS_SUBJECT_PREFIX}.>`);

const stop = async () => {
  await relay.stop();
  await db.close();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
