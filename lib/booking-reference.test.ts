import { describe, expect, it } from "vitest";
import { formatReference, looksLikeReference, referenceOf } from "./booking-reference";

describe("booking references", () => {
  it("are derived from the booking id: the same id, the same reference, in the shown form", () => {
    expect(referenceOf("Qea6T5xYz0abCdEf")).toBe(referenceOf("Qea6T5xYz0abCdEf"));
    expect(referenceOf("Qea6T5xYz0abCdEf")).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it("differ between bookings (no collision in 20,000 ids)", () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `booking${i}`);
    expect(new Set(ids.map(referenceOf)).size).toBe(ids.length);
  });

  it("are read the way people type them", () => {
    expect(formatReference(" z2nb jf12 ")).toBe("Z2NB-JF12");
    expect(formatReference("Z2NB-JF12")).toBe("Z2NB-JF12");
    expect(looksLikeReference("z2nbjf12")).toBe(true);
    expect(looksLikeReference("ada@example.com")).toBe(false);
  });
});
