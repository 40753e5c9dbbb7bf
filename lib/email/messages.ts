// What each email says, as a pure function of the booking, its show and the links: confirmation (also when
// the box office resends it) and cancellation with its refund. Plain text first, the same in simple HTML.
import { formatMoney, formatShowDate } from "../format";
import { seatNameFromId } from "../domain/seat-names";

export interface EmailBooking {
  reference: string;
  customerName: string | null;
  seatIds: string[];
  totalCents: number;
  currency: string;
}

export interface EmailShow {
  title: string;
  venue: string;
  startsAt: Date;
  timeZone: string;
}

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function message(subject: string, paragraphs: string[], link: { href: string; label: string }, extraHtml = ""): EmailMessage {
  const text = `${paragraphs.join("\n\n")}\n\n${link.label}: ${link.href}\n`;
  const html =
    `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:36rem">` +
    paragraphs.map((p) => `<p>${escape(p).replace(/\n/g, "<br>")}</p>`).join("") +
    extraHtml +
    `<p><a href="${escape(link.href)}">${escape(link.label)}</a></p></body></html>`;
  return { subject, text, html };
}

export function confirmationEmail(booking: EmailBooking, show: EmailShow, manageUrl: string, resent: boolean): EmailMessage {
  const when = formatShowDate(show.startsAt, show.timeZone);
  return message(
    `${resent ? "Your booking again" : "Booking confirmed"}: ${show.title}, ${booking.reference}`,
    [
      `${booking.customerName ? `Hello ${booking.customerName},` : "Hello,"}`,
      `${resent ? "Here is your booking again" : "Your booking is confirmed"}: ${show.title} at ${show.venue}, ${when}.`,
      `Booking reference: ${booking.reference}\nSeats: ${booking.seatIds.map(seatNameFromId).join("; ")}\nPaid: ${formatMoney(booking.totalCents, booking.currency)}`,
      "Show the QR code below at the door. You can see or cancel your booking with the link below; keep it to yourself, it opens your booking.",
    ],
    { href: manageUrl, label: "See or cancel your booking" },
    `<p><img src="cid:ticket-qr" alt="QR code of booking reference ${escape(booking.reference)}" width="180" height="180"></p>`,
  );
}

export function cancellationEmail(booking: EmailBooking, show: EmailShow, cancelled: { seatIds: string[]; refundCents: number; wholeBooking: boolean; showCancelled: boolean }, manageUrl: string): EmailMessage {
  const when = formatShowDate(show.startsAt, show.timeZone);
  const what = cancelled.showCancelled
    ? `${show.title} on ${when} has been cancelled, and so has your booking.`
    : cancelled.wholeBooking
      ? `Your booking for ${show.title} on ${when} has been cancelled.`
      : `Some seats of your booking for ${show.title} on ${when} have been cancelled; the others are still yours.`;
  return message(
    `${cancelled.showCancelled ? "Show cancelled" : "Booking cancelled"}: ${show.title}, ${booking.reference}`,
    [
      `${booking.customerName ? `Hello ${booking.customerName},` : "Hello,"}`,
      what,
      `Booking reference: ${booking.reference}\nCancelled: ${cancelled.seatIds.map(seatNameFromId).join("; ")}\nRefund: ${formatMoney(cancelled.refundCents, booking.currency)} to the card you paid with`,
    ],
    { href: manageUrl, label: "See your booking" },
  );
}
