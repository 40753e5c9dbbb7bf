import type { Metadata } from "next";
import { BookingLookupForm } from "@/components/BookingLookupForm";

export const metadata: Metadata = { title: "Find my booking" };

export default function FindBookingPage() {
  return (
    <main className="mx-auto max-w-md px-4 py-8">
      <h1 className="text-2xl font-bold tracking-tight">Find my booking</h1>
      <p className="mt-1 text-slate-600">Enter the reference from your confirmation and the email address you booked with.</p>
      <div className="mt-6">
        <BookingLookupForm />
      </div>
    </main>
  );
}
