// Staff data is read only through functions that check the staff session themselves (a layout's redirect
// protects nothing: a page renders its data whether or not its layout redirects). Checked on the source:
// every staff read starts with the check, and staff pages and routes have no other way to the data.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const readsDir = path.join(root, "lib", "admin", "reads");
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
const relative = (file: string) => path.relative(root, file);
const importsOf = (source: string) => [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms)].map((m) => ({ typeOnly: !!m[1], from: m[2] as string }));

const SESSION_CHECK = /^(await requireStaff\(\);|if \(!\(await currentStaff\(\)\)\) return UNAUTHORIZED;)$/;
const readFiles = sourceFiles(readsDir).filter((f) => path.basename(f) !== "answer.ts");

describe("staff reads (lib/admin/reads)", () => {
  it("exist", () => expect(readFiles.length).toBeGreaterThan(3));

  for (const file of readFiles) {
    const source = readFileSync(file, "utf8");
    it(`${relative(file)}: every exported read checks the staff session as its first statement`, () => {
      const reads = [...source.matchAll(/export async function (\w+)\([^]*?\)[^\n]*\{\n\s*([^\n]*)/g)];
      expect(reads.length).toBeGreaterThan(0);
      for (const [, name, firstLine] of reads) expect(firstLine, name).toMatch(SESSION_CHECK);
    });
    it(`${relative(file)}: exports nothing else that could read data`, () => {
      const exports = [...source.matchAll(/^export\s+(?!async function |type |interface )(\S+)/gm)].map((m) => m[0]);
      expect(exports).toEqual([]);
    });
  }
});

// Modules that hold or hand out storage: staff pages and routes must reach data only through lib/admin/reads.
const STORAGE = [/^@\/lib\/system$/, /^@\/lib\/db\//, /^@\/lib\/queries\//, /^@\/lib\/eventstore\/(store|subscription|snapshots)$/, /^@\/lib\/projections\//, /^@\/lib\/commands\//];
const adminInternals = sourceFiles(path.join(root, "lib", "admin"))
  .filter((f) => !f.startsWith(readsDir) && readFileSync(f, "utf8").includes('import "server-only"'))
  .map((f) => `@/${relative(f).replace(/\.tsx?$/, "")}`);

const staffEdges = [
  ...sourceFiles(path.join(root, "app", "admin", "(staff)")),
  ...sourceFiles(path.join(root, "app", "admin", "login")),
  ...sourceFiles(path.join(root, "app", "api", "admin")),
];

describe("staff pages and routes", () => {
  it("exist", () => {
    expect(adminInternals).toContain("@/lib/admin/history");
    expect(staffEdges.length).toBeGreaterThan(10);
  });
  for (const file of staffEdges) {
    it(`${relative(file)} reads staff data only through lib/admin/reads`, () => {
      for (const { typeOnly, from } of importsOf(readFileSync(file, "utf8"))) {
        if (typeOnly) continue;
        expect(STORAGE.some((pattern) => pattern.test(from)), `${from} hands out storage`).toBe(false);
        expect(adminInternals, `${from} reads without checking the session`).not.toContain(from);
      }
    });
  }
});

describe("staff components", () => {
  // Not even their types: components get DTOs (lib/admin/*-views, history-event), not store or runner shapes.
  const NO_TYPES_FROM = [/^@\/lib\/eventstore\//, /^@\/lib\/projections\//, /^@\/lib\/commands\//];
  const NO_VALUES_FROM = [...STORAGE, /^@\/lib\/realtime\/server$/, /^@\/lib\/demo\//, /^@\/lib\/staff\/session$/];
  for (const file of sourceFiles(path.join(root, "components", "admin"))) {
    it(`${relative(file)} gets its data as props, not from storage, the store's types or the socket server`, () => {
      for (const { typeOnly, from } of importsOf(readFileSync(file, "utf8"))) {
        expect(NO_TYPES_FROM.some((pattern) => pattern.test(from)), from).toBe(false);
        if (!typeOnly) expect(NO_VALUES_FROM.some((pattern) => pattern.test(from)) || adminInternals.includes(from), from).toBe(false);
      }
    });
  }
});

describe("staff reads of the log", () => {
  for (const file of [...sourceFiles(path.join(root, "lib", "admin")), ...sourceFiles(path.join(root, "lib", "staff"))]) {
    it(`${relative(file)} reads events only through the event store (upcast and masked), and no demo data`, () => {
      const source = readFileSync(file, "utf8");
      expect(source).not.toMatch(/prisma\.event\.|\.event\.find/);
      expect(importsOf(source).map((i) => i.from).filter((from) => /\/demo\//.test(from))).toEqual([]);
    });
  }
});
