// Environment variables, parsed once with zod: a bad value stops the process with a clear message.
import { z } from "zod";
import { isTimeZone } from "../domain/venue-time";

/** The venues' zone unless a show names its own (the demo venues are in London). */
export const DEFAULT_VENUE_TIME_ZONE = "Europe/London";

const databaseUrl = z
  .string()
  .trim()
  .refine((url) => url.startsWith("file:") || /^postgres(ql)?:\/\//.test(url), {
    message: "DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL",
  });

/** "30/600": at most 30 in any 600 seconds. */
export interface Rate {
  points: number;
  seconds: number;
}

const rate = z
  .string()
  .trim()
  .regex(/^\d+\/\d+$/, "A rate is COUNT/SECONDS, for example 30/600")
  .transform((s): Rate => {
    const [points, seconds] = s.split("/").map(Number) as [number, number];
    return { points, seconds };
  })
  .refine((r) => r.points >= 1 && r.points <= 1_000_000 && r.seconds >= 1 && r.seconds <= 86_400, {
    message: "COUNT must be 1 to 1,000,000 and SECONDS 1 to 86,400",
  });

/** Comma-separated, blanks ignored. */
const list = z
  .string()
  .transform((s) => s.split(",").map((item) => item.trim()).filter(Boolean));

const origin = z
  .string()
  .refine((s) => {
    try {
      const url = new URL(s);
      return (url.protocol === "http:" || url.protocol === "https:") && url.origin === s.replace(/\/$/, "");
    } catch {
      return false;
    }
  }, "Each origin is scheme://host[:port], like https://tickets.example.com")
  .transform((s) => s.replace(/\/$/, ""));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: databaseUrl.default("file:./data/booking.db"),
  HOLD_TTL_SECONDS: z.coerce.number().int().min(5).max(86_400).default(900),
  SEED_DEMO_DATA: z.enum(["auto", "never"]).default("auto"),
  /** Staff password, as plain text or a bcrypt hash ($2…). Required in production. */
  ADMIN_PASSWORD: z.string().min(8, "ADMIN_PASSWORD needs at least 8 characters").optional(),
  /** Seals the staff session cookie and keys customer pseudonyms and manage links; at least 32 characters. */
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET needs at least 32 characters").optional(),
  /** How long a staff session lasts from sign-in. */
  STAFF_SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(8),
  /** Seats one customer may hold or have booked at one show at once (enforced by the seat aggregate). */
  MAX_SEATS_PER_CUSTOMER: z.coerce.number().int().min(1).max(1000).default(10),
  /** `off` turns the per-address edge limits off (load tests on a private network). The seat limit always holds. */
  RATE_LIMITS: z.enum(["on", "off"]).default("on"),
  /** New customer identities (cookies) handed out per client address. */
  RATE_LIMIT_NEW_CUSTOMERS: rate.default({ points: 10, seconds: 3600 }),
  /** Hold requests per client address, whatever comes of them. */
  RATE_LIMIT_HOLDS: rate.default({ points: 30, seconds: 600 }),
  /** Seats newly held per client address (refused holds do not count): what one address can keep blocked. */
  RATE_LIMIT_HELD_SEATS: rate.default({ points: 40, seconds: 1800 }),
  /** Failed staff sign-ins from all addresses together, per minute: above it every attempt waits for the next minute. */
  SIGN_IN_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  /**
   * Proxies whose X-Forwarded-For is believed (proxy-addr syntax: addresses, CIDR ranges, `loopback`,
   * `linklocal`, `uniquelocal`). Empty: the client is the socket's peer.
   */
  TRUSTED_PROXIES: list.default([]),
  /** The origins the app is served from (comma-separated). Unset: the request's own Host, as http or https. */
  APP_ORIGIN: list.pipe(z.array(origin)).default([]),
  /** The largest JSON body a route reads. */
  JSON_BODY_LIMIT_BYTES: z.coerce.number().int().min(256).max(1_048_576).default(16_384),
  /** SMTP server for customer emails (smtp:// or smtps://, credentials in the URL). Unset: see EMAIL_DIR. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL").optional(),
  /** Without SMTP_URL, development writes emails as .eml files here; production and tests send none. */
  EMAIL_DIR: z.string().default("data/emails"),
  /** The sender of customer emails. */
  EMAIL_FROM: z.string().default("Seatwise tickets <tickets@seatwise.example>"),
  /** NATS server of the integration-event feed (JetStream). Unset: no feed is published. */
  NATS_URL: z.string().regex(/^(nats|tls):\/\//, "NATS_URL must be a nats:// or tls:// URL").optional(),
  /** The feed's JetStream stream (created when missing). */
  NATS_STREAM: z.string().regex(/^[A-Za-z0-9_-]+$/, "NATS_STREAM may hold letters, digits, _ and -").default("SEATWISE"),
  /** The first token of every feed subject (`<prefix>.<contract>.<showId>`). */
  NATS_SUBJECT_PREFIX: z.string().regex(/^[a-z0-9_-]+$/, "NATS_SUBJECT_PREFIX may hold a-z, digits, _ and -").default("seatwise"),
  /** IANA zone a new show starts in, and the zone of shows scheduled before shows had one. */
  VENUE_TIME_ZONE: z
    .string()
    .trim()
    .refine(isTimeZone, "VENUE_TIME_ZONE must be an IANA time zone, like Europe/London or America/New_York")
    .default(DEFAULT_VENUE_TIME_ZONE),
  /** PostgreSQL: how often followers poll besides LISTEN/NOTIFY, a safety net (SQLite polls every 200 ms). */
  LOG_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(3000),
  /** Named in every response's X-Instance header, so operators and tests can tell instances apart. */
  INSTANCE_ID: z
    .string()
    .trim()
    .regex(/^[\w.:-]{1,64}$/, "INSTANCE_ID is 1-64 letters, digits, '.', ':', '-' or '_'")
    .optional(),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

/** Development defaults: printed at start, refused in production. */
export const DEV_ADMIN_PASSWORD = "staff-demo-password";
export const DEV_SESSION_SECRET = "development-only-session-secret-do-not-use-in-production";
/** A plain-text staff password in production needs at least this many characters (or use a bcrypt hash). */
export const MIN_PRODUCTION_PASSWORD_LENGTH = 12;

export interface StaffSecrets {
  password: string;
  sessionSecret: string;
  usingDefaults: boolean;
}

const isBcryptHash = (s: string) => /^\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}$/.test(s);

export function staffSecrets(config: Env = env()): StaffSecrets {
  const usingDefaults = !config.ADMIN_PASSWORD || !config.SESSION_SECRET;
  if (config.NODE_ENV === "production") {
    const problems: string[] = [];
    const password = config.ADMIN_PASSWORD;
    if (!password || password === DEV_ADMIN_PASSWORD)
      problems.push("ADMIN_PASSWORD: set a staff password (the development default is refused in production)");
    else if (!isBcryptHash(password) && password.length < MIN_PRODUCTION_PASSWORD_LENGTH)
      problems.push(`ADMIN_PASSWORD: in production use a bcrypt hash or at least ${MIN_PRODUCTION_PASSWORD_LENGTH} characters`);
    if (!config.SESSION_SECRET) problems.push("SESSION_SECRET: set at least 32 random characters in production");
    else if (config.SESSION_SECRET === DEV_SESSION_SECRET)
      problems.push("SESSION_SECRET: the development secret is refused in production; set your own");
    if (problems.length > 0) throw new Error(`Invalid environment:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  }
  return {
    password: config.ADMIN_PASSWORD ?? DEV_ADMIN_PASSWORD,
    sessionSecret: config.SESSION_SECRET ?? DEV_SESSION_SECRET,
    usingDefaults,
  };
}
