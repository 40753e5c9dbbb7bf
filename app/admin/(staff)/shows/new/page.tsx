import type { Metadata } from "next";
import Link from "next/link";
import { PlanBuilder } from "@/components/admin/PlanBuilder";
import { bookingSystem } from "@/lib/system";

export const metadata: Metadata = { title: "New show — staff" };

export default async function NewShowPage() {
  const { venueTimeZone } = await bookingSystem();
  const timeZones = Intl.supportedValuesOf("timeZone");
  if (!timeZones.includes(venueTimeZone)) timeZones.unshift(venueTimeZone);
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/shows" className="text-indigo-700 underline">
          ← Shows
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight">New show</h1>
      <p className="text-sm text-slate-600">The show is created as a draft; publish it to put it on sale.</p>
      <PlanBuilder timeZones={timeZones} defaultTimeZone={venueTimeZone} />
    </div>
  );
}
