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
