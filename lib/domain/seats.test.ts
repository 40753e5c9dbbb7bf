import { describe, expect, it } from "vitest";
import { fold } from "./decider";
import { isDomainError } from "./errors";
import {
  addSeats,
  bookedSeatsReleased,
  commitHold,
  EARLIER,
  extendHold,
  HOLD_ENDS,
  holdExtended,
  holdReleased,
  holdSeats,
  LATER,
  MUCH_LATER,
  NOW,
  onSale,
  openSales,
  closeSales,
  OTHER_SHOW,
  releaseBookedSeats,
  releaseHold,
  removeSeats,
  seat,
  seatIdsUpTo,
  seatsAdded,
  salesClosed,
  salesOpened,
  seatsBooked,
  seatsHeld,
  seatsRemoved,
} from "../testing/domain-fixtures";
import {
  MAX_SEATS_PER_HOLD,
  seatsDecider,
  type HoldReleaseReason,
  type SeatsCommand,
  type SeatsEvent,
  type SeatsState,
} from "./seats";
import { specFor } from "../testing/decider-spec";

const { given } = specFor(seatsDecider);

describe("AddSeats", () => {
  it("adds seats to a new seat map", () => {
    given().when(addSeats("A-1", "A-2")).then([seatsAdded("A-1", "A-2")]);
  });

  it("adds more seats to an existing seat map", () => {
    given(seatsAdded("A-1")).when(addSeats("A-2")).then([seatsAdded("A-2")]);
  });

  it("puts a removed seat back", () => {
    given(seatsAdded("A-1"), seatsRemoved("A-1")).when(addSeats("A-1")).then([seatsAdded("A-1")]);
  });

  it("refuses seats that already exist, naming them", () => {
    given(seatsAdded("A-1", "A-2")).when(addSeats("A-2", "A-3")).thenThrows("INVALID_COMMAND", { seatIds: ["A-2"] });
  });

  it("refuses an empty list", () => {
    given().when(addSeats()).thenThrows("INVALID_COMMAND");
  });

  it("refuses a seat id named twice", () => {
    given().when(addSeats("A-1", "A-2", "A-1")).thenThrows("DUPLICATE_SEATS", { seatIds: ["A-1"] });
  });

  it("refuses a blank seat id", () => {
    given().when(addSeats(seat(" "))).thenThrows("INVALID_COMMAND");
  });

  it.each([
    ["negative", -1],
    ["fractional", 12.5],
    ["not a number", Number.NaN],
  ])("refuses a %s price", (_, priceCents) => {
    given().when(addSeats(seat("A-1", priceCents))).thenThrows("INVALID_COMMAND");
  });

  it("accepts a free seat", () => {
    given().when(addSeats(seat("A-1", 0))).then([seatsAdded(seat("A-1", 0))]);
  });

  it.each([0, -3, 1.5])("refuses seat number %s", (number) => {
    given().when(addSeats({ ...seat("A-1"), number })).thenThrows("INVALID_COMMAND");
  });

  it("refuses seats for another show", () => {
    given(seatsAdded("A-1"))
      .when({ ...addSeats("A-2"), showId: OTHER_SHOW })
      .thenThrows("INVALID_COMMAND");
  });

  it("refuses seats priced in another currency than the show's", () => {
    given(seatsAdded("A-1"))
      .when({ ...addSeats("A-2"), currency: "GBP" })
      .thenThrows("INVALID_COMMAND");
  });
});

describe("OpenSales", () => {
  it("puts the seats on sale", () => {
    given(seatsAdded("A-1")).when(openSales()).then([salesOpened()]);
  });

  it("does nothing the second time", () => {
    given(...onSale("A-1")).when(openSales()).thenNothing();
  });

  it("reopens closed sales", () => {
    given(...onSale("A-1"), salesClosed()).when(openSales()).then([salesOpened()]);
  });

  it("refuses when the show has no seat map", () => {
    given().when(openSales()).thenThrows("SHOW_NOT_FOUND");
  });
});

describe("CloseSales", () => {
  it("takes the seats off sale, saying why", () => {
    given(...onSale("A-1")).when(closeSales("Sold at the door only")).then([salesClosed("Sold at the door only")]);
  });

  it("does nothing when sales are not open", () => {
    given(seatsAdded("A-1")).when(closeSales()).thenNothing();
  });

  it("does nothing the second time", () => {
    given(...onSale("A-1"), salesClosed()).when(closeSales()).thenNothing();
  });

  it("leaves a hold taken before the close committable", () => {
    given(...onSale("A-1"), seatsHeld("b1", ["A-1"]), salesClosed()).when(commitHold("b1")).then([seatsBooked("b1", ["A-1"])]);
  });
});

describe("RemoveSeats", () => {
  it("removes available seats", () => {
    given(seatsAdded("A-1", "A-2")).when(removeSeats("A-1")).then([seatsRemoved("A-1")]);
  });

  it("removes a seat freed by a released hold", () => {
    given(seatsAdded("A-1"), seatsHeld("b1", ["A-1"]), holdReleased("b1", ["A-1"], "abandoned"))
      .when(removeSeats("A-1"))
      .then([seatsRemoved("A-1")]);
  });

  it("refuses held and booked seats, naming only those", () => {
    given(seatsAdded("A-1", "A-2", "A-3"), seatsHeld("b1", ["A-2"]), seatsHeld("b2", ["A-3"]), seatsBooked("b2", ["A-3"]))
      .when(removeSeats("A-1", "A-2", "A-3"))
      .thenThrows("SEATS_NOT_REMOVABLE", { seatIds: ["A-2", "A-3"] });
  });

  it("refuses unknown seats, naming them", () => {
    given(seatsAdded("A-1")).when(removeSeats("A-1", "Z-9")).thenThrows("UNKNOWN_SEATS", { seatIds: ["Z-9"] });
  });

  it("treats a removed seat as unknown", () => {
    given(seatsAdded("A-1"), seatsRemoved("A-1")).when(removeSeats("A-1")).thenThrows("UNKNOWN_SEATS", { seatIds: ["A-1"] });
  });

  it("refuses an empty list", () => {
    given(seatsAdded("A-1")).when(removeSeats()).thenThrows("INVALID_COMMAND");
  });

  it("refuses a seat id named twice", () => {
    given(seatsAdded("A-1")).when(removeSeats("A-1", "A-1")).thenThrows("DUPLICATE_SEATS", { seatIds: ["A-1"] });
  });

  it("refuses when the show has no seat map", () => {
    given().when(removeSeats("A-1")).thenThrows("SHOW_NOT_FOUND");
  });

  it("refuses seats of another show", () => {
    given(seatsAdded("A-1"))
      .when({ ...removeSeats("A-1"), showId: OTHER_SHOW })
      .thenThrows("INVALID_COMMAND");
  });
});

describe("HoldSeats", () => {
  it("holds available seats until the deadline", () => {
    given(...onSale("A-1", "A-2", "A-3"))
      .when(holdSeats("b1", ["A-1", "A-2"]))
      .then([seatsHeld("b1", ["A-1", "A-2"], HOLD_ENDS)]);
  });

  it("refuses a hold on a seat that is already held, naming exactly the taken seat", () => {
    given(...onSale("C-11", "C-12"), seatsHeld("b1", ["C-12"]))
      .when(holdSeats("b2", ["C-11", "C-12"]))
      .thenThrows("SEATS_UNAVAILABLE", { seatIds: ["C-12"] });
  });

  it("names the taken seats as people read them", () => {
    const state = fold(seatsDecider.evolve, seatsDecider.initialState, [...onSale("C-11", "C-12", "C-13"), seatsHeld("b1", ["C-12", "C-13"])]);
    expect(() => seatsDecider.decide(holdSeats("b2", ["C-11", "C-12", "C-13"]), state)).toThrow("Row C, seats 12 and 13 are no longer available");
  });

  it("refuses a hold on a booked seat", () => {
    given(...onSale("A-1", "A-2"), seatsHeld("b1", ["A-1"]), seatsBooked("b1", ["A-1"]))
      .when(holdSeats("b2", ["A-1"]))
      .thenThrows("SEATS_UNAVAILABLE", { seatIds: ["A-1"] });
  });

  it("is all-or-nothing: names every taken seat, held or booked, and holds none of the free ones", () => {
    given(
      ...onSale("A-1", "A-2", "A-3", "A-4"),
      seatsHeld("b1", ["A-2"]),
      seatsHeld("b3", ["A-4"]),
      seatsBooked("b3", ["A-4"]),
    )
      .when(holdSeats("b2", ["A-1", "A-2", "A-3", "A-4"]))
      .thenThrows("SEATS_UNAVAILABLE", { seatIds: ["A-2", "A-4"] });
  });

  it("holds a seat released by a cancellation", () => {
    given(...onSale("A-1"), seatsHeld("b1", ["A-1"]), seatsBooked("b1", ["A-1"]), bookedSeatsReleased("b1", ["A-1"]))
      .when(holdSeats("b2", ["A-1"]))
      .then([seatsHeld("b2", ["A-1"])]);
  });

  describe("releases expired holds lazily", () => {
    it("releases the whole expired hold, then holds", () => {
      given(...onSale("A-1", "A-2"), seatsHeld("b1", ["A-1", "A-2"], HOLD_ENDS))
        .when(holdSeats("b2", ["A-1"], { now: LATER, expiresAt: MUCH_LATER }))
        .then([holdReleased("b1", ["A-1", "A-2"], "expired"), seatsHeld("b2", ["A-1"], MUCH_LATER)]);
    });

    it("counts a hold as expired at the very moment of its deadline", () => {
      given(...onSale("A-1"), seatsHeld("b1", ["A-1"], HOLD_ENDS))
        .when(holdSeats("b2", ["A-1"], { now: HOLD_ENDS, expiresAt: LATER }))
        .then([holdReleased("b1", ["A-1"], "expired"), seatsHeld("b2", ["A-1"], LATER)]);
    });

    it("releases each expired holder once", () => {
      given(...onSale("A-1", "A-2", "A-3"), seatsHeld("b1", ["A-1", "A-2"]), seatsHeld("b3", ["A-3"]))
        .when(holdSeats("b2", ["A-1", "A-2", "A-3"], { now: LATER, expiresAt: MUCH_LATER }))
        .then([
          holdReleased("b1", ["A-1", "A-2"], "expired"),
          holdReleased("b3", ["A-3"], "expired"),
          seatsHeld("b2", ["A-1", "A-2", "A-3"], MUCH_LATER),
        ]);
    });

    it("releases nothing when a live hold still blocks the request", () => {
      given(...onSale("A-1", "A-2"), seatsHeld("b1", ["A-1"], HOLD_ENDS), seatsHeld("b3", ["A-2"], MUCH_LATER))
        .when(holdSeats("b2", ["A-1", "A-2"], { now: LATER, expiresAt: MUCH_LATER }))
        .thenThrows("SEATS_UNAVAILABLE", { seatIds: ["A-2"] });
    });

    it("keeps an extended hold past its original deadline", () => {
      given(...onSale("A-1"), seatsHeld("b1", ["A-1"], HOLD_ENDS), holdExtended("b1", ["A-1"], MUCH_LATER))
        .when(holdSeats("b2", ["A-1"], { now: LATER, expiresAt: MUCH_LATER }))
        .thenThrows("SEATS_UNAVAILABLE", { seatIds: ["A-1"] });
    });

    it("never releases booked seats, however old the hold was", () => {
      given(...onSale("A-1"), seatsHeld("b1", ["A-1"], HOLD_ENDS), seatsBooked("b1", ["A-1"]))
        .when(holdSeats("b2", ["A-1"], { now: MUCH_LATER, expiresAt: "2030-01-01T13:00:00.000Z" }))
        .thenThrows("SEATS_UNAVAILABLE", { seatIds: ["A-1"] });
    });
  });

  it(`holds up to ${MAX_SEATS_PER_HOLD} seats at once`, () => {
    const ids = seatIdsUpTo(MAX_SEATS_PER_HOLD);
    given(...onSale(...ids)).when(holdSeats("b1", ids)).then([seatsHeld("b1", ids)]);
  });

  it(`refuses more than ${MAX_SEATS_PER_HOLD} seats`, () => {
    const ids = seatIdsUpTo(MAX_SEATS_PER_HOLD + 1);
    given(...onSale(...ids)).when(holdSeats("b1", ids)).thenThrows("TOO_MANY_SEATS");
  });

  it.each([
    ["now", NOW],
    ["in the past", EARLIER],
  ])("refuses a hold that ends %s", (_, expiresAt) => {
    given(...onSale("A-1")).when(holdSeats("b1", ["A-1"], { expiresAt })).thenThrows("INVALID_COMMAND");
  });

  it("refuses a deadline that is not a time, which would otherwise never expire", () => {
    given(...onSale("A-1")).when(holdSeats("b1", ["A-1"], { expiresAt: "soon" })).thenThrows("INVALID_COMMAND");
  });

  it("refuses a second hold for a booking that already holds seats", () => {
    given(...onSale("A-1", "A-2"), seatsHeld("b1", ["A-1"]))
      .when(holdSeats("b1", ["A-2"]))
      .thenThrows("BOOKING_ALREADY_EXISTS");
  });

  it("refuses a hold for a booking that already has booked seats", () => {
    given(...onSale("A-1", "A-2"), seatsHeld("b1", ["A-1"]), seatsBooked("b1", ["A-1"]))
      .when(holdSeats("b1", ["A-2"]))
      .thenThrows("BOOKING_ALREADY_EXISTS");
  });

  it("refuses unknown and removed seats, naming them", () => {
    given(...onSale("A-1", "A-2"), seatsRemoved("A-2"))
      .when(holdSeats("b1", ["A-1", "A-2", "Z-9"]))
      .thenThrows("UNKNOWN_SEATS", { seatIds: ["A-2", "Z-9"] });
  });

  it("refuses an empty seat list", () => {
    given(...onSale("A-1")).when(holdSeats("b1", [])).thenThrows("INVALID_COMMAND");
  });

  it("refuses a seat named twice", () => {
    given(...onSale("A-1", "A-2")).when(holdSeats("b1", ["A-1", "A-2", "A-1"])).thenThrows("DUPLICATE_SEATS", {
      seatIds: ["A-1"],
    });
  });

  it("refuses when the show has no seat map", () => {
    given().when(holdSeats("b1", ["A-1"])).thenThrows("SHOW_NOT_FOUND");
  });

  it("refuses before sales open", () => {
    given(seatsAdded("A-1")).when(holdSeats("b1", ["A-1"])).thenThrows("SALES_CLOSED");
  });

  it("refuses once sales have closed", () => {
    given(...onSale("A-1"), salesClosed()).when(holdSeats("b1", ["A-1"])).thenThrows("SALES_CLOSED");
  });

  it("refuses seats of another show", () => {
    given(...onSale("A-1"))
      .when({ ...holdSeats("b1", ["A-1"]), showId: OTHER_SHOW })
      .thenThrows("INVALID_COMMAND");
  });
});

describe("fair use: seats per customer at one show", () => {
  const ALICE = "c_alice";
  const BOB = "c_bob";
  const asAlice = { customerId: ALICE };
  const twelve = seatIdsUpTo(12);

  it("holds up to the limit for one customer", () => {
    given(...onSale(...twelve), seatsHeld("b1", ["A-1", "A-2", "A-3"], HOLD_ENDS, ALICE))
      .when(holdSeats("b2", ["A-4", "A-5", "A-6", "A-7", "A-8", "A-9", "A-10"], asAlice))
      .then([seatsHeld("b2", ["A-4", "A-5", "A-6", "A-7", "A-8", "A-9", "A-10"], HOLD_ENDS, ALICE)]);
  });

  it("refuses a hold that would take one customer past the limit, saying how many they have", () => {
    given(...onSale(...twelve), seatsHeld("b1", ["A-1", "A-2", "A-3", "A-4", "A-5", "A-6", "A-7", "A-8"], HOLD_ENDS, ALICE))
      .when(holdSeats("b2", ["A-9", "A-10", "A-11"], asAlice))
      .thenThrows("SEAT_LIMIT_REACHED", { limit: 10, alreadyHas: 8 });
  });

  it("counts booked seats as well as held ones", () => {
    given(...onSale(...twelve), seatsHeld("b1", seatIdsUpTo(9), HOLD_ENDS, ALICE), seatsBooked("b1", seatIdsUpTo(9)))
      .when(holdSeats("b2", ["A-10", "A-11"], asAlice))
      .thenThrows("SEAT_LIMIT_REACHED", { alreadyHas: 9 });
  });

  it("does not reset the count when a hold is extended", () => {
    given(...onSale(...twelve), seatsHeld("b1", seatIdsUpTo(10), HOLD_ENDS, ALICE), holdExtended("b1", seatIdsUpTo(10), LATER))
      .when(holdSeats("b2", ["A-11"], asAlice))
      .thenThrows("SEAT_LIMIT_REACHED", { alreadyHas: 10 });
  });

  it("gives seats back to the customer's allowance when a hold is released", () => {
    given(...onSale(...twelve), seatsHeld("b1", seatIdsUpTo(10), HOLD_ENDS, ALICE), holdReleased("b1", seatIdsUpTo(10), "abandoned"))
      .when(holdSeats("b2", ["A-11", "A-12"], asAlice))
      .then([seatsHeld("b2", ["A-11", "A-12"], HOLD_ENDS, ALICE)]);
  });

  it("gives cancelled seats back, one by one", () => {
    given(
      ...onSale(...twelve),
      seatsHeld("b1", seatIdsUpTo(10), HOLD_ENDS, ALICE),
      seatsBooked("b1", seatIdsUpTo(10)),
      bookedSeatsReleased("b1", ["A-1", "A-2"]),
    )
      .when(holdSeats("b2", ["A-11", "A-12"], asAlice))
      .then([seatsHeld("b2", ["A-11", "A-12"], HOLD_ENDS, ALICE)]);
  });

  it("keeps each customer's count apart", () => {
    given(...onSale(...twelve), seatsHeld("b1", seatIdsUpTo(10), HOLD_ENDS, ALICE))
      .when(holdSeats("b2", ["A-11", "A-12"], { customerId: BOB }))
      .then([seatsHeld("b2", ["A-11", "A-12"], HOLD_ENDS, BOB)]);
  });

  it("no longer counts the customer's own holds past their deadline, and releases them on the way", () => {
    given(...onSale(...twelve), seatsHeld("b1", seatIdsUpTo(10), HOLD_ENDS, ALICE))
      .when(holdSeats("b2", ["A-11", "A-12"], { ...asAlice, now: LATER, expiresAt: MUCH_LATER }))
      .then([holdReleased("b1", seatIdsUpTo(10), "expired"), seatsHeld("b2", ["A-11", "A-12"], MUCH_LATER, ALICE)]);
  });

  it("counts nothing against anyone for holds recorded before customers were named", () => {
    const unnamed: SeatsEvent = { type: "SeatsHeld", showId: "show1", bookingId: "b1", seatIds: seatIdsUpTo(10), expiresAt: HOLD_ENDS };
    given(...onSale(...twelve), unnamed)
      .when(holdSeats("b2", ["A-11", "A-12"], asAlice))
      .then([seatsHeld("b2", ["A-11", "A-12"], HOLD_ENDS, ALICE)]);
  });

  it("follows the limit the command carries", () => {
    given(...onSale(...twelve), seatsHeld("b1", ["A-1", "A-2"], HOLD_ENDS, ALICE))
      .when(holdSeats("b2", ["A-3", "A-4"], { ...asAlice, maxSeatsPerCustomer: 3 }))
      .thenThrows("SEAT_LIMIT_REACHED", { limit: 3, alreadyHas: 2 });
  });

  it("survives a snapshot: the count is rebuilt from the holders", () => {
    const history = [...onSale(...twelve), seatsHeld("b1", seatIdsUpTo(6), HOLD_ENDS, ALICE), seatsBooked("b1", seatIdsUpTo(6))];
    const state = fold(seatsDecider.evolve, seatsDecider.initialState, history);
    const restored = seatsDecider.fromSnapshot(JSON.parse(JSON.stringify(seatsDecider.toSnapshot(state))));
    expect(restored.seatsByCustomer.get(ALICE)).toBe(6);
    expect(() => seatsDecider.decide(holdSeats("b2", ["A-7", "A-8", "A-9", "A-10", "A-11"], asAlice), restored)).toThrow(/at most 10 seats/);
  });
});

describe("ExtendHold", () => {
  it("moves the deadline of a live hold", () => {
    given(seatsAdded("A-1", "A-2"), seatsHeld("b1", ["A-1", "A-2"]))
      .when(extendHold("b1", LATER))
      .then([holdExtended("b1", ["A-1", "A-2"], LATER)]);
  });

  it("refuses a hold past its deadline, naming its seats", () => {
    given(seatsAdded("A-1"), seatsHeld("b1", ["A-1"], HOLD_ENDS))
      .when(extendHold("b1", MUCH_LATER, LATER))
      .thenThrows("HOLD_EXPIRED", { seatIds: ["A-1"] });
  });

  it.each([
    ["earlier than", EARLIER],
    ["at the same time as", HOLD_ENDS],
    ["at no valid time instead of", "later"],
  ])("refuses an extension that ends %s the hold", (_, expiresAt) => {
    given(seatsAdded("A-1"), seatsHeld("b1", ["A-1"], HOLD_ENDS)).when(extendHold("b1", expiresAt)).thenThrows("INVALID_COMMAND");
  });

  it("refuses a booking that holds nothing", () => {
    given(seatsAdded("A-1")).when(extendHold("b1", LATER)).thenThrows("HOLD_NOT_FOUND");
  });

  it("refuses a hold that was already committed", () => {
    given(seatsAdded("A-1"), seatsHeld("b1", ["A-1"]), seatsBooked("b1", ["A-1"]))
      .when(extendHold("b1", LATER))
      .thenThrows("HOLD_NOT_FOUND");
  });
});

describe("ReleaseHold", () => {
  it.each<HoldReleaseReason>(["expired", "abandoned", "payment_failed", "show_cancelled"])(
    "releases every held seat, because %s",
    (reason) => {
      given(seatsAdded("A-1", "A-2"), seatsHeld("b1", ["A-1", "A-2"]))
        .when(releaseHold("b1", reason))
        .then([holdReleased("b1", ["A-1", "A-2"], reason)]);
    },
  );

  it("does nothing when the booking holds no seats", () => {
    given(seatsAdded("A-1")).when(releaseHold("b1")).thenNothing();
  });

  it("does nothing the second time", () => {
    given(seatsAdded("A-1"), seatsHeld("b1", ["A-1"]), holdReleased("b1", ["A-1"], "payment_failed"))
      .when(releaseHold("b1", "payment_failed"))
      .thenNothing();
  });

  it("does nothing after the hold was released lazily for another booking", () => {
    given(seatsAdded("A-1"), seatsHeld("b1", ["A-1"]), holdReleased("b1", ["A-1"], "expired"), seatsHeld("b2", ["A-1"], LATER))
      .when(releaseHold("b1", "expired"))
      .thenNothing();
  });

  it("leaves booked seats alone once the hold is committed", () => {
    given(seatsAdded("A-1"), seatsHeld("b1", ["A-1"]), seatsBooked("b1", ["A-1"]))
      .when(releaseHold("b1", "expired"))
      .thenNothing();
  });

  it("refuses when the show has no seat map", () => {
    given().when(releaseHold("b1")).thenThrows("SHOW_NOT_FOUND");
  });
});

describe("CommitHold", () => {
  it("books the held seats", () => {
    given(seatsAdded("A-1", "A-2"), seatsHeld("b1", ["A-1", "A-2"]))
      .when(commitHold("b1"))
      .then([seatsBooked("b1", ["A-1", "A-2"])]);
  });

  it.each([
    ["at", HOLD_ENDS],
    ["after", LATER],
  ])("refuses a hold %s its deadline, naming its seats", (_, now) => {
    given(seatsAdded("A-1"), seatsHeld("b1", ["A-1"], HOLD_ENDS))
      .when(commitHold("b1", now))
      .thenThrows("HOLD_EXPIRED", { seatIds: ["A-1"] });
  });

  it("books an extended hold after its original deadline", () => {
    given(seatsAdded("A-1"), seatsHeld("b1", ["A-1"], HOLD_ENDS), holdExtended("b1", ["A-1"], MUCH_LATER))
      .when(commitHold("b1", LATER))
      .then([seatsBooked("b1", ["A-1"])]);
  });

  it("does nothing the second time", () => {
    given(seatsAdded("A-1"), seatsHeld("b1", ["A-1"]), seatsBooked("b1", ["A-1"])).when(commitHold("b1", LATER)).thenNothing();
  });

  it("refuses a booking that holds nothing", () => {
    given(seatsAdded("A-1")).when(commitHold("b1")).thenThrows("HOLD_NOT_FOUND");
  });

  it("refuses a released hold", () => {
    given(seatsAdded("A-1"), seatsHeld("b1", ["A-1"]), holdReleased("b1", ["A-1"], "abandoned"))
      .when(commitHold("b1"))
      .thenThrows("HOLD_NOT_FOUND");
  });

  it("refuses a hold lost to another booking after it expired", () => {
    given(seatsAdded("A-1"), seatsHeld("b1", ["A-1"]), holdReleased("b1", ["A-1"], "expired"), seatsHeld("b2", ["A-1"], MUCH_LATER))
      .when(commitHold("b1", LATER))
      .thenThrows("HOLD_NOT_FOUND");
  });
});

describe("ReleaseBookedSeats", () => {
  const booked = [seatsAdded("A-1", "A-2", "A-3"), seatsHeld("b1", ["A-1", "A-2"]), seatsBooked("b1", ["A-1", "A-2"])];

  it("releases every booked seat by a compensating event", () => {
    given(...booked)
      .when(releaseBookedSeats("b1", { reason: "show_cancelled" }))
      .then([bookedSeatsReleased("b1", ["A-1", "A-2"], "show_cancelled")]);
  });

  it("releases some of the booked seats", () => {
    given(...booked)
      .when(releaseBookedSeats("b1", { seatIds: ["A-2"], reason: "cancelled_by_staff" }))
      .then([bookedSeatsReleased("b1", ["A-2"], "cancelled_by_staff")]);
  });

  it("releases what is left after a partial release", () => {
    given(...booked, bookedSeatsReleased("b1", ["A-2"]))
      .when(releaseBookedSeats("b1"))
      .then([bookedSeatsReleased("b1", ["A-1"])]);
  });

  it("refuses seats that are not in the booking, naming them", () => {
    given(...booked, bookedSeatsReleased("b1", ["A-2"]))
      .when(releaseBookedSeats("b1", { seatIds: ["A-1", "A-2", "A-3"] }))
      .thenThrows("SEATS_NOT_IN_BOOKING", { seatIds: ["A-2", "A-3"] });
  });

  it("refuses to release seats that are only held", () => {
    given(seatsAdded("A-1"), seatsHeld("b1", ["A-1"]))
      .when(releaseBookedSeats("b1", { seatIds: ["A-1"] }))
      .thenThrows("SEATS_NOT_IN_BOOKING", { seatIds: ["A-1"] });
  });

  it("does nothing when the booking has no booked seats", () => {
    given(seatsAdded("A-1")).when(releaseBookedSeats("b1")).thenNothing();
  });

  it("does nothing the second time", () => {
    given(...booked, bookedSeatsReleased("b1", ["A-1", "A-2"])).when(releaseBookedSeats("b1")).thenNothing();
  });

  it("refuses an empty seat list", () => {
    given(...booked).when(releaseBookedSeats("b1", { seatIds: [] })).thenThrows("INVALID_COMMAND");
  });

  it("refuses a seat named twice", () => {
    given(...booked)
      .when(releaseBookedSeats("b1", { seatIds: ["A-1", "A-1"] }))
      .thenThrows("DUPLICATE_SEATS", { seatIds: ["A-1"] });
  });
});

describe("snapshots", () => {
  const history: SeatsEvent[] = [
    ...onSale("A-1", "A-2", "A-3", "A-4", "A-5"),
    seatsRemoved("A-5"),
    seatsHeld("b1", ["A-1"], HOLD_ENDS),
    seatsHeld("b2", ["A-2", "A-3"], HOLD_ENDS),
    holdExtended("b2", ["A-2", "A-3"], MUCH_LATER),
    seatsBooked("b2", ["A-2", "A-3"]),
    bookedSeatsReleased("b2", ["A-3"]),
  ];
  const commands: SeatsCommand[] = [
    holdSeats("b3", ["A-1", "A-3"], { now: LATER, expiresAt: MUCH_LATER }),
    holdSeats("b3", ["A-2"], { now: LATER, expiresAt: MUCH_LATER }),
    holdSeats("b3", ["A-5"]),
    commitHold("b1"),
    commitHold("b1", LATER),
    releaseBookedSeats("b2"),
    releaseBookedSeats("b2", { seatIds: ["A-3"] }),
    removeSeats("A-4"),
    removeSeats("A-2"),
    addSeats("A-5"),
    openSales(),
    closeSales(),
  ];

  const decideOn = (state: SeatsState, command: SeatsCommand) => {
    try {
      return seatsDecider.decide(command, state);
    } catch (error) {
      return isDomainError(error) ? { code: error.code, details: error.details } : error;
    }
  };

  it("restores from a JSON snapshot a state that decides as the folded one does", () => {
    const folded = fold(seatsDecider.evolve, seatsDecider.initialState, history);
    const snapshot = JSON.parse(JSON.stringify(seatsDecider.toSnapshot(folded))) as unknown;
    const restored = seatsDecider.fromSnapshot(snapshot);

    expect(seatsDecider.toSnapshot(restored)).toEqual(seatsDecider.toSnapshot(folded));
    for (const command of commands) expect(decideOn(restored, command)).toEqual(decideOn(folded, command));
  });

  it("keeps folding events onto a restored state", () => {
    const [first, rest] = [history.slice(0, 3), history.slice(3)];
    const restored = seatsDecider.fromSnapshot(
      JSON.parse(JSON.stringify(seatsDecider.toSnapshot(fold(seatsDecider.evolve, seatsDecider.initialState, first)))),
    );
    const resumed = fold(seatsDecider.evolve, restored, rest);
    const straight = fold(seatsDecider.evolve, seatsDecider.initialState, history);
    expect(seatsDecider.toSnapshot(resumed)).toEqual(seatsDecider.toSnapshot(straight));
  });
});

describe("never two bookings on one seat", () => {
  // A deterministic random walk of holds, commits, releases and cancellations by a handful of bookings,
  // checking after every accepted command that each seat belongs to at most one booking.
  function random(seed: number) {
    let s = seed;
    return (n: number) => {
      // xorshift32: small, deterministic, good enough to shuffle commands.
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      s >>>= 0;
      return s % n;
    };
  }
  const seatIds = seatIdsUpTo(6);
  const times = [NOW, HOLD_ENDS, LATER, MUCH_LATER, "2030-01-01T12:40:00.000Z"];

  it("holds across 200 random histories", () => {
    const violations: string[] = [];
    const seen = new Set<string>();
    for (let run = 0; run < 200; run++) {
      const pick = random(run + 1);
      let state = fold(seatsDecider.evolve, seatsDecider.initialState, onSale(...seatIds));
      let clock = 0;
      for (let step = 0; step < 40; step++) {
        clock = Math.min(clock + pick(2), times.length - 2);
        const now = times[clock] as string;
        const bookingId = `b${pick(4)}`;
        const some = seatIds.filter(() => pick(3) === 0);
        const commands: SeatsCommand[] = [
          holdSeats(bookingId, some, { now, expiresAt: times[clock + 1] }),
          commitHold(bookingId, now),
          releaseHold(bookingId, "abandoned"),
          releaseBookedSeats(bookingId),
        ];
        const command = commands[pick(commands.length)] as SeatsCommand;
        let events: SeatsEvent[] = [];
        try {
          events = seatsDecider.decide(command, state);
        } catch (error) {
          if (!isDomainError(error)) throw error;
        }
        state = fold(seatsDecider.evolve, state, events);
        for (const e of events) seen.add(e.type === "HoldReleased" ? `${e.type}:${e.reason}` : e.type);

        const owners = new Map<string, string>();
        const claims = [
          ...[...state.holds.entries()].map(([holder, hold]) => [holder, hold.seatIds] as const),
          ...state.booked.entries(),
        ];
        for (const [holder, ids] of claims) {
          for (const id of ids) {
            if (owners.has(id)) violations.push(`run ${run}: ${id} belongs to ${owners.get(id)} and ${holder}`);
            if (state.seats.get(id)?.bookingId !== holder) violations.push(`run ${run}: ${id} is not marked as ${holder}'s`);
            owners.set(id, holder);
          }
        }
        for (const s of state.seats.values())
          if ((s.status === "available") === owners.has(s.seatId)) violations.push(`run ${run}: ${s.seatId} is ${s.status}`);
      }
    }
    expect(violations).toEqual([]);
    // The walk must actually reach every way a seat changes hands, or it proves nothing.
    expect([...seen].sort()).toEqual(
      ["BookedSeatsReleased", "HoldReleased:abandoned", "HoldReleased:expired", "SeatsBooked", "SeatsHeld"].sort(),
    );
  });
});

