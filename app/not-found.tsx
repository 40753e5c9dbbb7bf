import type { Metadata } from "next";
import { NotFoundPanel } from "@/components/NotFoundPanel";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <NotFoundPanel title="We couldn't find that page">
      <p>The link may be mistyped, or the page may have moved.</p>
      <p>Browse what&apos;s on, or look up a booking with its reference and your email address.</p>
    </NotFoundPanel>
  );
}
