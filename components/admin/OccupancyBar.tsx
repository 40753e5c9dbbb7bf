// How full a show is at a glance: booked, held and available as one stacked bar, with the words beside it
// for screen readers and for anyone who cannot tell the colours apart.
export function OccupancyBar({ total, held, booked }: { total: number; held: number; booked: number }) {
  const share = (n: number) => (total > 0 ? `${(n / total) * 100}%` : "0%");
  const percent = total > 0 ? Math.round(((held + booked) / total) * 100) : 0;
  return (
    <div
      role="meter"
      aria-label="Occupancy"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}% taken: ${booked} booked, ${held} held of ${total}`}
      className="flex h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
    >
      <div className="bg-indigo-600 transition-[width] duration-500" style={{ width: share(booked) }} />
      <div className="bg-amber-400 transition-[width] duration-500" style={{ width: share(held) }} />
    </div>
  );
}
