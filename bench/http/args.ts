// Command-line options of `npm run bench:http`, validated with zod so a typo stops the run before any setup.
import { z } from "zod";
import { parseCommandLine } from "../args";

/** The measured phases, in the order they run. */
export const PHASES = ["jsonHolds", "reads", "browserHolds", "onsale"] as const;

const count = (min: number) => z.coerce.number().int().min(min);

const argsSchema = z.object({
  json: z.boolean().default(false),
  /** Measure a server that is already running (for example nginx in front of a cluster) instead of starting one. */
  url: z.url().optional(),
  db: z.enum(["sqlite", "postgres"]).default("sqlite"),
  pgUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .default(process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres"),
  port: count(1024).max(65535).default(4310),
  seconds: count(1).default(10),
  connections: count(1).max(2000).default(32),
  onsalePeople: count(0).default(20_000),
  onsaleSeconds: count(1).default(60),
  profile: z.boolean().default(false),
  only: z
    .string()
    .transform((v) => v.split(",").map((p) => p.trim()))
    .pipe(z.array(z.enum(PHASES)))
    .optional(),
});

export type HttpBenchArgs = z.infer<typeof argsSchema>;

export const usage = `Usage: npm run bench:http -- [options]
  --json                 print one JSON object as the last line instead of a table
  --url URL              measure a running server (e.g. nginx before a cluster); default: start one per phase
  --db sqlite|postgres   database of the servers it starts (default sqlite, fresh per phase)
  --pg-url URL           PostgreSQL server (default $TEST_POSTGRES_URL or postgresql://postgres@127.0.0.1:5432/postgres)
  --port N               port of the server it starts (default 4310)
  --seconds N            length of each steady phase (default 10)
  --connections N        concurrent connections of the steady phases (default 32)
  --onsale-people N      people pressing Hold in the on-sale phase; 0 skips it (default 20000)
  --onsale-seconds N     ... within this many seconds (default 60)
  --only a,b             run only these phases (${PHASES.join(", ")})
  --profile              write a V8 CPU profile of the server per phase into bench-profiles/`;

const options = {
  json: { type: "boolean" },
  url: { type: "string" },
  db: { type: "string" },
  "pg-url": { type: "string" },
  port: { type: "string" },
  seconds: { type: "string" },
  connections: { type: "string" },
  "onsale-people": { type: "string" },
  "onsale-seconds": { type: "string" },
  profile: { type: "boolean" },
  only: { type: "string" },
} as const;

export function parseHttpBenchArgs(argv: string[]): HttpBenchArgs {
  return parseCommandLine(argv, options, argsSchema, usage);
}
