// Browser tests against a production build (next build + server.ts) on fresh SQLite databases.
// Two servers: the usual hold time, and a short one for the expiry spec.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/** A Chromium named by CHROMIUM_PATH, else Debian's, else Playwright's own (scripts/ensure-browser.mjs). */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export const MAIN_URL = "http://localhost:3100";
/** The staff password of the test servers (e2e/support.ts signs in with it). */
const STAFF_PASSWORD = "e2e-staff-password";
export const SHORT_HOLD_URL = "http://localhost:3101";
/** A server with tight edge limits and a small seat limit, for the fair-use specs. */
export const LIMITS_URL = "http://localhost:3102";

// Every spec's browsers come from one address: the usual servers allow plenty, the limits server a little.
const ROOMY_LIMITS = { RATE_LIMIT_NEW_CUSTOMERS: "1000/3600", RATE_LIMIT_HOLDS: "1000/600", RATE_LIMIT_HELD_SEATS: "10000/1800" };

const server = (port: number, db: string, holdTtl: number, extra: Record<string, string> = ROOMY_LIMITS) => ({
  command: `rm -f data/${db}.db data/${db}.db-wal data/${db}.db-shm && node_modules/.bin/tsx server.ts`,
  url: `http://localhost:${port}`,
  env: {
    NODE_ENV: "production",
    PORT: String(port),
    DATABASE_URL: `file:./data/${db}.db`,
    HOLD_TTL_SECONDS: String(holdTtl),
    ADMIN_PASSWORD: STAFF_PASSWORD,
    SESSION_SECRET: "e2e-session-secret-that-is-long-enough-to-seal",
    ...extra,
  },
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
});

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: MAIN_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-gpu", "--no-sandbox"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    server(3100, "e2e-main", 900),
    server(3101, "e2e-short-hold", 8),
    server(3102, "e2e-limits", 900, { RATE_LIMIT_NEW_CUSTOMERS: "3/3600", RATE_LIMIT_HOLDS: "6/600", RATE_LIMIT_HELD_SEATS: "1000/1800", MAX_SEATS_PER_CUSTOMER: "4" }),
  ],
});
