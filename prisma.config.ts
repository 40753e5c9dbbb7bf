// Prisma CLI configuration: the WebAssembly schema engine ("js") needs no native engine download,
// so `prisma generate` and `prisma migrate diff` work offline. The app applies the committed SQL
// migrations itself (lib/db/migrate.ts); see DESIGN.md for why.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const url = process.env.DATABASE_URL ?? "file:./data/booking.db";
const isPostgres = url.startsWith("postgres");

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", isPostgres ? "postgres" : "sqlite", "schema.prisma"),
  adapter: async () => (isPostgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url })),
});
