// Environment variables, parsed once with zod: a bad value stops the process with a clear message.
import { z } from "zod";

const databaseUrl = z
  .string()
  .trim()
  .refine((url) => url.startsWith("file:") || /^postgres(ql)?:\/\//.test(url), {
    message: "DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL",
  });

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: databaseUrl.default("file:./data/booking.db"),
  HOLD_TTL_SECONDS: z.coerce.number().int().min(5).max(86_400).default(900),
  SEED_DEMO_DATA: z.enum(["auto", "never"]).default("auto"),
  /** Staff password, as plain text or a bcrypt hash ($2…). Required in production. */
  ADMIN_PASSWORD: z.string().min(8, "ADMIN_PASSWORD needs at least 8 characters").optional(),
  /** Seals the staff session cookie; at least 32 characters. Required in production. */
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET needs at least 32 characters").optional(),
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
const DEV_SESSION_SECRET = "development-only-session-secret-do-not-use-in-production";

export interface StaffSecrets {
  password: string;
  sessionSecret: string;
  usingDefaults: boolean;
}

export function staffSecrets(config: Env = env()): StaffSecrets {
  const usingDefaults = !config.ADMIN_PASSWORD || !config.SESSION_SECRET;
  if (config.NODE_ENV === "production") {
    if (!config.ADMIN_PASSWORD || config.ADMIN_PASSWORD === DEV_ADMIN_PASSWORD)
      throw new Error("Invalid environment:\n  ADMIN_PASSWORD: set a staff password (the development default is refused in production)");
    if (!config.SESSION_SECRET) throw new Error("Invalid environment:\n  SESSION_SECRET: set at least 32 random characters in production");
  }
  return {
    password: config.ADMIN_PASSWORD ?? DEV_ADMIN_PASSWORD,
    sessionSecret: config.SESSION_SECRET ?? DEV_SESSION_SECRET,
    usingDefaults,
  };
}
