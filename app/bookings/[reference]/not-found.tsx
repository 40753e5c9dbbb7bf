import type { Metadata } from "next";
import { NotFoundPanel } from "@/components/NotFoundPanel";

export const metadata: Metadata = { title: "Booking not found" };

export default function BookingNotFound() {
  return (
    <NotFoundPanel title="We couldn't find that booking">
      <p>A booking opens from the link in your confirmation. That link may be incomplete, or the reference mistyped.</p>
      <p>Look it up with your reference and the email address you booked with.</p>
    </NotFoundPanel>
  );
}
