// npm run db:seed — creates the demo shows and bookings on an empty database.
import { env } from "../lib/config/env";
import { seedDemoData } from "../lib/demo/seed";
import { startSystem, systemOptionsFrom } from "../lib/system";

const system = await startSystem(systemOptionsFrom(env()));
const seeded = await seedDemoData(system);
if (seeded) await system.projections.waitFor(await system.store.headPosition(), 60_000);
console.log(seeded ? "Demo data created" : "The database already has events: nothing seeded");
await system.stop();
