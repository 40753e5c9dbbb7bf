// npm run db:migrate — applies the committed SQL migrations to DATABASE_URL.
import { env } from "../lib/config/env";
import { migrate } from "../lib/db/migrate";

const applied = await migrate(env().DATABASE_URL);
console.log(applied.length ? `Applied ${applied.join(", ")}` : "The database is up to date");
