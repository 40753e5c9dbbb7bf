import { describe, expect, it } from "vitest";
import {
  holdSeats,
  onSale,
  seatingLayoutSet,
  seatsAdded,
  seatsHeld,
  setSeatingLayout,
  stallsLayout,
} from "../testing/domain-fixtures";
import { specFor } from "../testing/decider-spec";
import { seatsDecider } from "./seats";
import { defaultLayout, layoutFor, orderedSectionNames, stackedLayout } from "./venue-layout";

const { given } = specFor(seatsDecider);

describe("SetSeatingLayout", () => {
  it("records where the sections are", () => {
    given(seatsAdded("A-1", "A-2")).when(setSeatingLayout()).then([seatingLayoutSet()]);
  });

  it("may lay the venue out again later: the newest layout is the one drawn", () => {
    given(seatsAdded("A-1"), seatingLayoutSet()).when(setSeatingLayout(stallsLayout("direct"))).then([seatingLayoutSet(stallsLayout("direct"))]);
  });

  it("refuses a layout for a show without seats", () => {
    given().when(setSeatingLayout()).thenThrows("SHOW_NOT_FOUND");
  });

  it("refuses a section the seats do not have", () => {
    const layout = stallsLayout();
    const balcony = { ...layout, sections: [...layout.sections, { ...layout.sections[0]!, name: "Balcony" }] };
    given(seatsAdded("A-1")).when(setSeatingLayout(balcony)).thenThrows("INVALID_COMMAND");
  });

  it("refuses a section laid out twice", () => {
    const layout = stallsLayout();
    given(seatsAdded("A-1")).when(setSeatingLayout({ ...layout, sections: [...layout.sections, ...layout.sections] })).thenThrows("INVALID_COMMAND");
  });

  it("refuses a section off the plan", () => {
    const layout = stallsLayout();
    const off = { ...layout, sections: [{ ...layout.sections[0]!, x: 140 }] };
    given(seatsAdded("A-1")).when(setSeatingLayout(off)).thenThrows("INVALID_COMMAND");
  });

  it("changes nothing about which seats can be held", () => {
    given(...onSale("A-1"), seatingLayoutSet())
      .when(holdSeats("b1", ["A-1"]))
      .then([seatsHeld("b1", ["A-1"])]);
  });
});

describe("the layout a show is drawn with", () => {
  it("is stacked and direct for a room without a stored layout, and an overview for a big venue", () => {
    expect(defaultLayout(["Stalls"], 150).map).toBe("direct");
    expect(defaultLayout(["Floor", "North"], 5000).map).toBe("overview");
    expect(defaultLayout(["Floor", "North"], 5000).sections.map((s) => s.name)).toEqual(["Floor", "North"]);
  });

  it("follows the stored order, with sections it does not name after", () => {
    const layout = stackedLayout(["Stalls", "Balcony"]);
    expect(orderedSectionNames(layout, ["Balcony", "Boxes", "Stalls"])).toEqual(["Stalls", "Balcony", "Boxes"]);
    expect(layoutFor(layout, ["Balcony", "Boxes", "Stalls"], 100).sections.map((s) => s.name)).toEqual(["Stalls", "Balcony", "Boxes"]);
  });
});
