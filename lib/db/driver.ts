// The driver adapter the Prisma client itself talks through, opened once and shared, so the event
// store's few hot statements can skip the client's query compiler. Same connection (and, on SQLite,
// the same transaction lock) or the same pool as every Prisma query; only the per-statement planning
// is gone, which is about half the CPU of a group commit (README, "Performance").
import type {
  ArgType,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlQueryable,
} from "@prisma/driver-adapter-utils";

export type SqlValue = string | number | Date | null;

/** Statements with positional arguments; rows come back as objects keyed by column name. */
export interface SqlSession {
  rows<T extends object>(sql: string, args?: SqlValue[]): Promise<T[]>;
  /** Rows as arrays in the statement's column order: no object per row (the log is read a million rows at a time). */
  tuples(sql: string, args?: SqlValue[]): Promise<unknown[][]>;
  run(sql: string, args?: SqlValue[]): Promise<number>;
}

export interface SqlDriver extends SqlSession {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
}

/**
 * Wraps an adapter factory so Prisma and the driver share one connected adapter: Prisma connects
 * through the returned factory, the driver through the same promise.
 */
export function shareAdapter(factory: SqlDriverAdapterFactory): { factory: SqlDriverAdapterFactory; driver: SqlDriver } {
  let connected: Promise<SqlDriverAdapter> | undefined;
  const connect = () => (connected ??= factory.connect());
  const shared: SqlDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect,
  };
  const driver: SqlDriver = {
    rows: async (sql, args) => rowsOf(await connect(), sql, args),
    tuples: async (sql, args) => (await (await connect()).queryRaw(query(sql, args))).rows,
    run: async (sql, args) => (await connect()).executeRaw(query(sql, args)),
    async transaction(work) {
      const tx = await (await connect()).startTransaction();
      const session: SqlSession = {
        rows: (sql, args) => rowsOf(tx, sql, args),
        tuples: async (sql, args) => (await tx.queryRaw(query(sql, args))).rows,
        run: (sql, args) => tx.executeRaw(query(sql, args)),
      };
      try {
        const result = await work(session);
        await tx.executeRaw(query("COMMIT"));
        await tx.commit();
        return result;
      } catch (error) {
        // As Prisma's own transaction manager does: the statement, then the adapter's release.
        await tx.executeRaw(query("ROLLBACK")).catch(() => undefined);
        await tx.rollback().catch(() => undefined);
        throw error;
      }
    },
  };
  return { factory: shared, driver };
}

// Shared, never mutated: a rebuild binds millions of arguments.
const INT: ArgType = { scalarType: "int", arity: "scalar" };
const FLOAT: ArgType = { scalarType: "float", arity: "scalar" };
const TEXT: ArgType = { scalarType: "string", arity: "scalar" };
// The adapter writes a Date as Prisma does: ISO 8601 on SQLite (timestampFormat), timestamp(3) on PostgreSQL.
const DATETIME: ArgType = { scalarType: "datetime", arity: "scalar" };
const NULL: ArgType = { scalarType: "unknown", arity: "scalar" };

function argType(value: SqlValue): ArgType {
  if (typeof value === "string") return TEXT;
  if (typeof value === "number") return Number.isInteger(value) ? INT : FLOAT;
  return value === null ? NULL : DATETIME;
}

function query(sql: string, args: SqlValue[] = []): SqlQuery {
  return { sql, args, argTypes: args.map(argType) };
}

async function rowsOf<T extends object>(queryable: SqlQueryable, sql: string, args?: SqlValue[]): Promise<T[]> {
  const { columnNames, rows } = await queryable.queryRaw(query(sql, args));
  return rows.map((row) => {
    const named: Record<string, unknown> = {};
    for (let i = 0; i < columnNames.length; i++) named[columnNames[i] as string] = row[i];
    return named as T;
  });
}
