// One database handle: the Prisma client (through a driver adapter) plus which engine it talks to.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite";
import { PrismaClient as PostgresClient } from "./generated/postgres";
import { shareAdapter, type SqlDriver } from "./driver";

export type DbKind = "sqlite" | "postgres";
/** Both generated clients have the same model API (the schemas are kept identical by a test). */
export type PrismaDb = SqliteClient;
export type Tx = Parameters<Parameters<PrismaDb["$transaction"]>[0]>[0];

export interface Database {
  kind: DbKind;
  url: string;
  prisma: PrismaDb;
  /** The driver adapter under `prisma`, for the event store's hot statements (lib/db/driver.ts). */
  driver: SqlDriver;
  close(): Promise<void>;
}

export function dbKindOf(url: string): DbKind {
  return url.startsWith("file:") ? "sqlite" : "postgres";
}

/** Resolves a file: URL against the working directory and makes sure its folder exists. */
export function sqliteFilePath(url: string): string {
  const file = url.slice("file:".length);
  if (file === ":memory:") return file;
  const full = path.resolve(file);
  mkdirSync(path.dirname(full), { recursive: true });
  return full;
}

export async function openDatabase(url: string): Promise<Database> {
  const kind = dbKindOf(url);
  let prisma: PrismaDb;
  let driver: SqlDriver;
  if (kind === "sqlite") {
    const shared = shareAdapter(
      new PrismaBetterSQLite3({ url: `file:${sqliteFilePath(url)}`, timeout: 10_000 }, { timestampFormat: "iso8601" }),
    );
    driver = shared.driver;
    prisma = new SqliteClient({ adapter: shared.factory, errorFormat: "minimal" });
    // WAL lets readers run beside the writer; NORMAL sync is durable across process crashes in WAL mode.
    await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await prisma.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  } else {
    const shared = shareAdapter(new PrismaPg({ connectionString: url, max: 10 }));
    driver = shared.driver;
    prisma = new PostgresClient({ adapter: shared.factory, errorFormat: "minimal" }) as unknown as PrismaDb;
  }
  return { kind, url, prisma, driver, close: () => prisma.$disconnect() };
}
