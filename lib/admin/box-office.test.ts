// The box-office desk against a real store, on each database engine: search by reference, email and
// part of a name (case-insensitive on both), one booking's file with its whole life across correlations,
// and the staff steps' handlers (cancel some seats with refund, resend the link, extend a hold).
import { beforeAll, expect, it } from "vitest";
import { referenceOf } from "../booking-reference";
import { cancelBooking, resendConfirmationLink } from "../commands/bookings";
import { payForBooking } from "../commands/checkout";
import { extendHold, holdSeats } from "../commands/holds";
import { TEST_CARDS } from "../payments/simulated-provider";
import { bookSeats, describeEachSystem, settle, showOnSale } from "../testing/system";
import { bookingFile, resolveStream, searchBookings, searchLogByBooking } from "./box-office";

describeEachSystem("box office", (system) => {
  let showId: string;
  let ada: { bookingId: string; reference: string };
  let other: { bookingId: string; reference: string };
  const staff = (key: string) => ({ actor: "staff:Kim", commandId: `desk:${key}` });

  beforeAll(async () => {
    showId = await showOnSale(system());
    const held = await holdSeats(system().deps, { showId, seatIds: ["FL-A-1", "FL-A-2", "FL-A-3"], customerId: "c_ada" }, { actor: "customer:c_ada", commandId: "ada:hold" });
    if (!held.ok) throw new Error(held.error.message);
    const paid = await payForBooking(
      system().deps,
      { bookingId: held.bookingId, customerId: "c_ada", cardNumber: TEST_CARDS.succeeds, customerName: "Ada Lovelace-Byron", customerEmail: "Ada.King@Example.com" },
      { actor: "customer:c_ada", commandId: "ada:pay" },
    );
    if (!paid.ok) throw new Error(paid.error.message);
    ada = { bookingId: held.bookingId, reference: paid.reference };
    other = await bookSeats(system(), showId, ["FL-B-1"], "grace");
    await settle(system());
  });

  it("gives the customer the reference staff see from the first hold", () => {
    expect(ada.reference).toBe(referenceOf(ada.bookingId));
  });

  it("finds a booking by its reference, however it is typed", async () => {
    const found = await searchBookings(system().db.prisma, ada.reference.toLowerCase().replace("-", " "));
    expect(found.map((b) => b.bookingId)).toEqual([ada.bookingId]);
    expect(found[0]).toMatchObject({ reference: ada.reference, confirmed: true, status: "confirmed", seatCount: 3, customerName: "Ada Lovelace-Byron" });
  });

  it("finds bookings by email and by part of the name, ignoring case", async () => {
    expect((await searchBookings(system().db.prisma, "ada.king@example.COM")).map((b) => b.bookingId)).toEqual([ada.bookingId]);
    expect((await searchBookings(system().db.prisma, "lovelace")).map((b) => b.bookingId)).toEqual([ada.bookingId]);
    expect((await searchBookings(system().db.prisma, "LACE-BY")).map((b) => b.bookingId)).toEqual([ada.bookingId]);
    expect(await searchBookings(system().db.prisma, "%")).toEqual([]);
    expect(await searchBookings(system().db.prisma, "nobody")).toEqual([]);
  });

  it("cancels some seats for staff, refunds them, and shows the whole life across correlations", async () => {
    const cancelled = await cancelBooking(system().deps, { bookingId: ada.bookingId, by: "staff", seatIds: ["FL-A-2"] }, staff("cancel-1"));
    expect(cancelled).toMatchObject({ ok: true, seatIds: ["FL-A-2"] });
    await settle(system());
    const file = await bookingFile(system().db.prisma, system().store, ada.bookingId, system().deps.now());
    expect(file?.seats.find((s) => s.seatId === "FL-A-2")).toMatchObject({ active: false, label: expect.stringMatching(/^Row \S+, seat \d+$/) });
    expect(file?.refunds.map((r) => r.amountCents)).toEqual([file?.seats.find((s) => s.seatId === "FL-A-2")?.priceCents]);
    expect(file?.payments.map((p) => p.type)).toEqual(["PaymentAuthorized"]);
    expect(file?.canCancelSomeSeats).toBe(true);
    // Hold, payment and cancellation are separate correlations; the seats stream's events for this booking are in the life.
    const types = file?.life.map((e) => `${e.category}:${e.type}`) ?? [];
    expect(types).toEqual(expect.arrayContaining(["seats:SeatsHeld", "seats:SeatsBooked", "seats:BookedSeatsReleased", "booking:BookingCancelled", "booking:RefundIssued"]));
    expect(new Set(file?.life.map((e) => e.correlationId)).size).toBeGreaterThanOrEqual(3);
    expect(file?.life.every((e) => e.streamId === `booking-${ada.bookingId}` || !e.description.includes(referenceOf(other.bookingId)))).toBe(true);
    const positions = file?.life.map((e) => e.position) ?? [];
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("records a resend of the confirmation link, and refuses it for a booking that is not confirmed", async () => {
    const resent = await resendConfirmationLink(system().deps, { bookingId: ada.bookingId }, staff("resend-1"));
    expect(resent).toMatchObject({ ok: true, reference: ada.reference });
    const held = await holdSeats(system().deps, { showId, seatIds: ["FL-C-1"], customerId: "c_hal" }, { actor: "customer:c_hal", commandId: "hal:hold" });
    if (!held.ok) throw new Error(held.error.message);
    const before = await system().store.streamVersion(`booking-${held.bookingId}`);
    const refused = await resendConfirmationLink(system().deps, { bookingId: held.bookingId }, staff("resend-2"));
    expect(refused).toMatchObject({ ok: false, error: { code: "BOOKING_NOT_CONFIRMED" } });
    expect(await system().store.streamVersion(`booking-${held.bookingId}`)).toBe(before);

    // Staff extend that hold once; the second time is refused and appends nothing.
    expect(await extendHold(system().deps, { bookingId: held.bookingId, staff: true }, staff("extend-1"))).toMatchObject({ ok: true });
    const extended = await system().store.streamVersion(`booking-${held.bookingId}`);
    expect(await extendHold(system().deps, { bookingId: held.bookingId, staff: true }, staff("extend-2"))).toMatchObject({ ok: false, error: { code: "EXTENSION_ALREADY_USED" } });
    expect(await system().store.streamVersion(`booking-${held.bookingId}`)).toBe(extended);
  });

  it("narrows the log to a booking by reference or email, and opens streams by name, id or reference", async () => {
    await settle(system());
    const { bookings, events } = await searchLogByBooking(system().db.prisma, system().store, "ADA.KING@example.com");
    expect(bookings.map((b) => b.bookingId)).toEqual([ada.bookingId]);
    expect(events.some((e) => e.event.type === "ConfirmationLinkResent")).toBe(true);
    expect(events.every((e) => e.streamId === `booking-${ada.bookingId}` || (e.event as { bookingId?: string }).bookingId === ada.bookingId)).toBe(true);
    const { prisma } = system().db;
    const { store } = system();
    expect(await resolveStream(prisma, store, `seats-${showId}`)).toBe(`seats-${showId}`);
    expect(await resolveStream(prisma, store, showId)).toBe(`seats-${showId}`);
    expect(await resolveStream(prisma, store, ada.bookingId)).toBe(`booking-${ada.bookingId}`);
    expect(await resolveStream(prisma, store, ada.reference.toLowerCase())).toBe(`booking-${ada.bookingId}`);
    expect(await resolveStream(prisma, store, "seats-nowhere")).toBeNull();
  });
});
