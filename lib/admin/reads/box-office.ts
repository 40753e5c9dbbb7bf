// The box-office desk's data, for signed-in staff only: each function checks the session first.
import "server-only";
import { bookingSystem } from "../../system";
import { requireStaff } from "../../staff/session";
import { bookingFile, searchBookings } from "../box-office";
import type { BookingFile, BookingSummary } from "../box-office-views";

/** Bookings by reference, email or (part of a) name, newest first. */
export async function readBookingSearch(query: string): Promise<BookingSummary[]> {
  await requireStaff();
  const { db } = await bookingSystem();
  return searchBookings(db.prisma, query);
}

/** One booking's file for the desk, or null when there is no such booking. */
export async function readBookingFile(bookingId: string): Promise<BookingFile | null> {
  await requireStaff();
  const { db, store, deps } = await bookingSystem();
  return bookingFile(db.prisma, store, bookingId, deps.now());
}
