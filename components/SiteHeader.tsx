import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3" aria-label="Main">
        <Link href="/" className="text-lg font-bold text-indigo-700">
          Seatwise
        </Link>
        <Link href="/bookings" className="text-sm font-medium text-slate-700 underline-offset-4 hover:underline">
          Find my booking
        </Link>
      </nav>
    </header>
  );
}
