import { describe, expect, it } from "vitest";
import { cancellationEmail, confirmationEmail } from "./messages";

const booking = { reference: "Z2NB-JF12", customerName: "Ada <b>", seatIds: ["F-2", "F-3"], totalCents: 9000, currency: "GBP" };
const show = { title: "Hamlet", venue: "The Globe", startsAt: new Date("2027-01-15T19:30:00Z"), timeZone: "Europe/London" };
const link = "https://tickets.example.com/bookings/Z2NB-JF12?key=k";

describe("customer emails", () => {
  it("given a confirmed booking, the confirmation names the show on the venue's clock, the seats as people read them, the total and the manage link", () => {
    const email = confirmationEmail(booking, show, link, false);
    expect(email.subject).toBe("Booking confirmed: Hamlet, Z2NB-JF12");
    expect(email.text).toContain("Hamlet at The Globe, Fri 15 Jan 2027, 19:30 GMT");
    expect(email.text).toContain("Seats: Row F, seat 2; Row F, seat 3");
    expect(email.text).toContain("Paid: £90.00");
    expect(email.text).toContain(link);
    expect(email.html).toContain('src="cid:ticket-qr"');
    // What the customer typed is text, never markup.
    expect(email.html).toContain("Ada &#60;b&#62;");
  });

  it("given a resend, it says so", () => {
    expect(confirmationEmail(booking, show, link, true).subject).toBe("Your booking again: Hamlet, Z2NB-JF12");
  });

  it("given some seats cancelled, what went and the refund; given the show cancelled, it says the show is off", () => {
    const partial = cancellationEmail(booking, show, { seatIds: ["F-2"], refundCents: 4500, wholeBooking: false, showCancelled: false }, link);
    expect(partial.text).toContain("Some seats of your booking");
    expect(partial.text).toContain("Cancelled: Row F, seat 2\nRefund: £45.00");
    const off = cancellationEmail(booking, show, { seatIds: booking.seatIds, refundCents: 9000, wholeBooking: true, showCancelled: true }, link);
    expect(off.subject).toBe("Show cancelled: Hamlet, Z2NB-JF12");
    expect(off.text).toContain("Hamlet on Fri 15 Jan 2027, 19:30 GMT has been cancelled, and so has your booking.");
  });
});
