"use client";
// Time left on a hold, ticking every second. Corrects for the browser's clock with the server's time.
import { useEffect, useState } from "react";

function remaining(expiresAt: string, skewMs: number): number {
  return Math.max(0, Date.parse(expiresAt) - (Date.now() + skewMs));
}

export function useHoldRemaining(expiresAt: string, serverNow: string): number {
  const [skewMs] = useState(() => Date.parse(serverNow) - Date.now());
  const [left, setLeft] = useState(() => remaining(expiresAt, skewMs));
  useEffect(() => {
    const tick = () => setLeft(remaining(expiresAt, skewMs));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [expiresAt, skewMs]);
  return left;
}

export function HoldCountdown({ remainingMs }: { remainingMs: number }) {
  const total = Math.ceil(remainingMs / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const urgent = total <= 60;
  return (
    <div className={`rounded-lg p-3 ${urgent ? "bg-red-50 text-red-900" : "bg-indigo-50 text-indigo-900"}`}>
      <p className="text-sm">Your seats are held for</p>
      <p className="text-3xl font-bold tabular-nums" aria-hidden="true">
        {minutes}:{seconds.toString().padStart(2, "0")}
      </p>
      {/* Screen readers hear the time at the minute, not every second. */}
      <p className="sr-only" aria-live="polite">
        {total > 0 ? `${minutes} minutes${urgent ? ` ${seconds} seconds` : ""} left to pay` : "The hold has expired"}
      </p>
    </div>
  );
}
