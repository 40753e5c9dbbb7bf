// `npm run feed:follow [-- --from N]`: an example integration consumer. Follows the JetStream feed in order
// (an ordered consumer: no state on the server) and prints each event, checking it against its contract.
// Start from stream sequence N to resume; a real consumer would keep the last sequence it handled.
import { parseArgs } from "node:util";
import { DeliverPolicy, jetstream } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { z } from "zod";
import { env } from "../lib/config/env";
import { contracts, type ContractName } from "../lib/integration/contracts";

const { values } = parseArgs({ options: { from: { type: "string" } } });
const from = z.coerce.number().int().min(1).optional().parse(values.from);
const config = env();
const nc = await connect({ servers: config.NATS_URL ?? "nats://127.0.0.1:4222" });
const consumer = await jetstream(nc).consumers.get(config.NATS_STREAM, from ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: from } : {});
console.error(`Following ${config.NATS_STREAM} ${from ? `from sequence ${from}` : "from the start"} (Ctrl-C to stop)`);

const envelope = z.object({ contract: z.enum(Object.keys(contracts) as [ContractName, ...ContractName[]]), version: z.number(), position: z.number(), data: z.unknown() });
for await (const message of await consumer.consume()) {
  const event = envelope.parse(message.json());
  const valid = contracts[event.contract].data.safeParse(event.data).success;
  console.log(`#${message.seq} ${message.subject} v${event.version} position ${event.position}${valid ? "" : " (does not match its contract!)"} ${JSON.stringify(event.data)}`);
}
