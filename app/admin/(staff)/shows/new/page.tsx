import type { Metadata } from "next";
import Link from "next/link";
import { PlanBuilder } from "@/components/admin/PlanBuilder";
import { readNewShowDefaults } from "@/lib/admin/reads/shows";

export const metadata: Metadata = { title: "New show — staff" };

export default async function NewShowPage() {
  const { timeZones, defaultTimeZone } = await readNewShowDefaults();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/shows" className="text-indigo-700 underline">
          ← Shows
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight">New show</h1>
      <p className="text-sm text-slate-600">The show is created as a draft; publish it to put it on sale.</p>
      <PlanBuilder timeZones={timeZones} defaultTimeZone={defaultTimeZone} />
    </div>
  );
}
