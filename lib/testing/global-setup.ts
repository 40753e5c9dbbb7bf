// Vitest global setup: decides once whether the PostgreSQL suites can run, and cleans up after them.
import pg from "pg";
import type { TestProject } from "vitest/node";

const DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string | null;
    testRunId: string;
  }
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.TEST_POSTGRES_URL ?? DEFAULT_URL;
  const runId = `t${Date.now().toString(36)}${process.pid}`;
  const ok = await reachable(url);
  if (!ok) {
    const line = `PostgreSQL is not reachable at ${url}: the PostgreSQL suites are SKIPPED (set TEST_POSTGRES_URL, or start PostgreSQL).`;
    if (process.env.REQUIRE_POSTGRES === "1") throw new Error(`REQUIRE_POSTGRES=1 but ${line}`);
    console.warn(`\n${"!".repeat(100)}\n!!! ${line}\n${"!".repeat(100)}\n`);
  }
  project.provide("postgresAdminUrl", ok ? url : null);
  project.provide("testRunId", runId);

  return async () => {
    if (!ok) return;
    // Drops every database this run created.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${runId}_%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.end();
  };
}
