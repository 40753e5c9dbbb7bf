import type { Metadata } from "next";
import { NotFoundPanel } from "@/components/NotFoundPanel";

export const metadata: Metadata = { title: "Checkout not found" };

export default function CheckoutNotFound() {
  return (
    <NotFoundPanel title="We couldn't find this checkout">
      <p>A checkout opens only in the browser that held the seats, so a link copied to another device or browser doesn&apos;t work.</p>
      <p>If you paid, your booking is confirmed: find it with your reference. Otherwise, choose your seats again.</p>
    </NotFoundPanel>
  );
}
