// Reads of bookings: by id for the customer who holds it, by reference (for a manage link or a lookup).
import { formatReference } from "../booking-reference";
import type { PrismaDb } from "../db/database";

/** The booking if this customer (a pseudonym) made it; someone else's booking looks exactly like a missing one. */
export async function bookingForCustomer(prisma: PrismaDb, bookingId: string, customerId: string) {
  const booking = await prisma.bookingView.findUnique({ where: { bookingId } });
  return booking && booking.customerId === customerId ? booking : null;
}


export async function bookingByReference(prisma: PrismaDb, reference: string) {
  return prisma.bookingView.findUnique({ where: { reference: formatReference(reference) } });
}

/** Both the reference and the email it was booked with, as a customer would type them. */
export async function bookingByReferenceAndEmail(prisma: PrismaDb, reference: string, email: string) {
  const booking = await bookingByReference(prisma, reference);
  if (!booking || !booking.customerEmail || booking.customerEmail.toLowerCase() !== email.trim().toLowerCase()) return null;
  return booking;
}

/** The seats of a booking as the seat map names and prices them. */
export async function seatsOfBooking(prisma: PrismaDb, showId: string, seatIds: string[]) {
  return prisma.seatView.findMany({ where: { showId, seatId: { in: seatIds } }, orderBy: [{ row: "asc" }, { number: "asc" }] });
}
