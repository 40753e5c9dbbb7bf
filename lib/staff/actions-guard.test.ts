// Every staff server action must refuse a request without a staff session before doing anything:
// its first statement is `await requireStaff()`. (The browser spec e2e/admin-actions.spec.ts shows one refusing.)
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = path.join(process.cwd(), "app", "admin", "actions");
const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "session.ts");

describe("staff server actions", () => {
  it("exist", () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    const source = readFileSync(path.join(dir, file), "utf8");
    const actions = [...source.matchAll(/export async function (\w+)\([^)]*\)[^{]*\{\s*\n\s*([^\n]*)/g)];
    it(`${file}: every exported action starts by requiring a staff session`, () => {
      expect(actions.length).toBeGreaterThan(0);
      for (const [, name, firstLine] of actions) expect(firstLine, name).toMatch(/await requireStaff\(\);$/);
    });
  }
});
