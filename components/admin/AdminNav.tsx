import Link from "next/link";
import { signOutAction } from "@/app/admin/actions/session";

const LINKS = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/shows", label: "Shows" },
  { href: "/admin/box-office", label: "Box office" },
  { href: "/admin/events", label: "Event history" },
  { href: "/admin/projections", label: "Projections" },
];

export function AdminNav({ staffName }: { staffName: string }) {
  return (
    <nav aria-label="Staff" className="border-b border-slate-200 bg-slate-900 text-slate-100">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-2.5 text-sm">
        <span className="font-semibold text-white">Staff</span>
        {LINKS.map((link) => (
          <Link key={link.href} href={link.href} className="rounded px-1 hover:text-white hover:underline">
            {link.label}
          </Link>
        ))}
        <span className="ml-auto text-slate-300">Signed in as {staffName}</span>
        <form action={signOutAction}>
          <button type="submit" className="rounded border border-slate-600 px-2 py-1 hover:bg-slate-800">
            Sign out
          </button>
        </form>
      </div>
    </nav>
  );
}
