// Command-line options of `npm run bench`, validated with zod so a typo stops the run before any setup.
import { parseArgs } from "node:util";
import { z } from "zod";

const count = (min: number) => z.coerce.number().int().min(min);

const argsSchema = z
  .object({
    json: z.boolean().default(false),
    db: z.enum(["sqlite", "postgres"]).default("sqlite"),
    only: z.enum(["all", "replay"]).default("all"),
    pgUrl: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
      .default(process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres"),
    holds: count(1).default(20_000),
    callers: count(1).max(1000).default(32),
    seats: count(50).default(100_000),
    rawAppends: count(1).optional(),
    rawMaxSeconds: z.coerce.number().positive().default(20),
    replayEvents: count(100).default(1_000_000),
    replaySeats: count(50).default(10_000),
    seed: count(0).default(1),
    rounds: count(1).max(20).default(1),
    instances: count(1).max(8).default(1),
  })
  .refine((a) => a.instances === 1 || a.db === "postgres", { message: "several instances share one PostgreSQL database: add --db postgres", path: ["instances"] })
  .refine((a) => a.replayEvents > Math.ceil(a.replaySeats / 2000) + 1, {
    message: "must exceed the SeatsAdded/SalesOpened events of the replay seat map",
    path: ["replayEvents"],
  })
  // The raw baseline appends as many events as there are hold commands unless told otherwise.
  .transform((a) => ({ ...a, rawAppends: a.rawAppends ?? a.holds }));

export type BenchArgs = z.infer<typeof argsSchema>;

/** Bad options: reported as a message and the usage, without a stack trace. */
export class UsageError extends Error {}

export const usage = `Usage: npm run bench -- [options]
  --json                 print one JSON object as the last line instead of a table
  --db sqlite|postgres   engine (default sqlite, in a fresh temp file)
  --only replay          only the rebuild against the raw read (no hold run, no raw appends)
  --pg-url URL           PostgreSQL server (default $TEST_POSTGRES_URL or postgresql://postgres@127.0.0.1:5432/postgres)
  --holds N              hold commands on the hot show (default 20000)
  --callers N            concurrent callers (default 32)
  --seats N              seats of the hot show (default 100000)
  --raw-appends N        raw driver baseline appends (default: --holds)
  --raw-max-seconds S    stop each raw append baseline after S seconds (default 20)
  --replay-events N      events in the replayed log (default 1000000)
  --replay-seats N       seats of the replayed show (default 10000)
  --seed N               random seed (default 1)
  --rounds N             with --only replay: rebuild and raw read N times, the median ratio reported (default 1)
  --instances N          run the holds from N processes on one database (PostgreSQL only; callers and holds shared out)`;

const options = {
  json: { type: "boolean" },
  db: { type: "string" },
  only: { type: "string" },
  "pg-url": { type: "string" },
  holds: { type: "string" },
  callers: { type: "string" },
  seats: { type: "string" },
  "raw-appends": { type: "string" },
  "raw-max-seconds": { type: "string" },
  "replay-events": { type: "string" },
  "replay-seats": { type: "string" },
  seed: { type: "string" },
  rounds: { type: "string" },
  instances: { type: "string" },
} as const;

const camel = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

type Options = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

/** Parses flags into the schema's shape (kebab-case flags, camelCase keys); --help prints the usage. */
export function parseCommandLine<S extends z.ZodType>(argv: string[], options: Options, schema: S, usageText: string): z.infer<S> {
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: { ...options, help: { type: "boolean" } } }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${usageText}`);
  }
  if (values.help) {
    console.log(usageText);
    process.exit(0);
  }
  const result = schema.safeParse(Object.fromEntries(Object.entries(values).map(([flag, value]) => [camel(flag), value])));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  --${kebab(String(i.path[0] ?? ""))}: ${i.message}`).join("\n");
    throw new UsageError(`Invalid options:\n${problems}\n\n${usageText}`);
  }
  return result.data;
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  return parseCommandLine(argv, options, argsSchema, usage);
}
