// Reads of bookings: by id for the customer who holds it, by reference plus email for anyone who has both.
import type { PrismaDb } from "../db/database";

export async function bookingForCustomer(prisma: PrismaDb, bookingId: string, customerId: string | null) {
  const booking = await prisma.bookingView.findUnique({ where: { bookingId } });
  // Someone else's booking looks exactly like a missing one.
  if (!booking || customerId === null || booking.customerId !== customerId) return null;
  return booking;
}

export const normaliseReference = (reference: string) => reference.trim().toUpperCase().replace(/[^0-9A-Z]/g, "").replace(/^(.{4})(.{4})$/, "$1-$2");

export async function bookingByReference(prisma: PrismaDb, reference: string, email: string) {
  const booking = await prisma.bookingView.findUnique({ where: { reference: normaliseReference(reference) } });
  if (!booking || !booking.customerEmail || booking.customerEmail.toLowerCase() !== email.trim().toLowerCase()) return null;
  return booking;
}

/** The link shown after booking carries the booking id, a secret only its holder has. */
export async function bookingByReferenceAndKey(prisma: PrismaDb, reference: string, key: string) {
  const booking = await prisma.bookingView.findUnique({ where: { reference: normaliseReference(reference) } });
  if (!booking || booking.bookingId !== key) return null;
  return booking;
}
