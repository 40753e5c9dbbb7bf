// Without a staff session, no staff read reaches the system: pages are sent to sign in (requireStaff
// redirects), API reads answer UNAUTHORIZED. The session and the system are stand-ins here.
import { beforeEach, describe, expect, it, vi } from "vitest";

const stand = vi.hoisted(() => ({ systemAsked: 0 }));

vi.mock("../../staff/session", () => ({
  currentStaff: async () => null,
  requireStaff: async () => {
    throw new Error("redirect to sign-in");
  },
}));
vi.mock("../../system", () => ({
  bookingSystem: async () => {
    stand.systemAsked += 1;
    throw new Error("the system was asked for data");
  },
}));

const modules = {
  dashboard: () => import("./dashboard"),
  shows: () => import("./shows"),
  history: () => import("./history"),
  projections: () => import("./projections"),
  boxOffice: () => import("./box-office"),
};

beforeEach(() => {
  stand.systemAsked = 0;
});

describe("staff reads for an anonymous request", () => {
  for (const [name, load] of Object.entries(modules)) {
    it(`${name}: every read refuses before it reads anything`, async () => {
      const reads = Object.entries(await load()).filter((entry): entry is [string, (...args: unknown[]) => Promise<unknown>] => typeof entry[1] === "function");
      expect(reads.length).toBeGreaterThan(0);
      for (const [readName, read] of reads) {
        const outcome = await read("seats-x", {}).then(
          (value) => ({ value }),
          (error: unknown) => ({ error: (error as Error).message }),
        );
        if (readName.endsWith("ForApi")) expect(outcome, readName).toEqual({ value: { ok: false, problem: "unauthorized" } });
        else expect(outcome, readName).toEqual({ error: "redirect to sign-in" });
      }
      expect(stand.systemAsked).toBe(0);
    });
  }
});
