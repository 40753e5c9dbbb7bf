import { describe, expect, it } from "vitest";
import { seatName, seatNameFromId, seatNames } from "./seat-names";

const theatre = (row: string, number: number) => ({ seatId: `${row}-${number}`, section: "Stalls", row, number });
const arena = (row: string, number: number) => ({ seatId: `E-${row}-${number}`, section: "East", row, number });

describe("seat names", () => {
  it("names a seat of a one-section room by row and number", () => {
    expect(seatName(theatre("F", 2))).toBe("Row F, seat 2");
  });

  it("names the section where the venue has several", () => {
    expect(seatName(arena("F", 2))).toBe("East, Row F, seat 2");
  });

  it("groups several seats by row", () => {
    expect(seatNames([theatre("F", 2), theatre("F", 3), theatre("G", 1)])).toBe("Row F, seats 2 and 3; Row G, seat 1");
    expect(seatNames([arena("A", 1), arena("A", 2), arena("A", 3)])).toBe("East, Row A, seats 1, 2 and 3");
  });

  it("reads what it can from an id alone", () => {
    expect(seatNameFromId("C-12")).toBe("Row C, seat 12");
    expect(seatNameFromId("FL-C-12")).toBe("Row C, seat 12");
    expect(seatNameFromId("box")).toBe("box");
  });
});
