import type { Metadata } from "next";
import { NotFoundPanel } from "@/components/NotFoundPanel";

export const metadata: Metadata = { title: "Show not found" };

export default function ShowNotFound() {
  return (
    <NotFoundPanel title="We couldn't find that show">
      <p>It may not be on sale yet, or the link may be mistyped.</p>
      <p>Every show on sale is on the listings page. Already booked? Your booking is safe: find it with its reference.</p>
    </NotFoundPanel>
  );
}
