import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentStaff } from "@/lib/staff/session";
import { afterSignIn, safeStaffPath } from "@/lib/staff/return-path";
import { SignInForm } from "@/components/admin/SignInForm";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Staff sign-in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffLoginPage({ searchParams }: Props) {
  const asked = (await searchParams).next;
  // Only a local staff path comes back (safeStaffPath); anything else is dropped here and again in the action.
  const next = safeStaffPath(Array.isArray(asked) ? asked[0] : asked);
  if (await currentStaff()) redirect(afterSignIn(next));
  return (
    <main className="mx-auto max-w-sm px-4 py-12">
      <h1 className="text-2xl font-bold tracking-tight">Staff sign-in</h1>
      <p className="mt-1 text-slate-600">The box office, dashboard and event history are for staff only.</p>
      {next && (
        <p className="mt-3 rounded-md bg-slate-100 p-2 text-sm text-slate-700">
          Sign in to continue to <span className="font-mono text-xs [overflow-wrap:anywhere]">{next}</span>
        </p>
      )}
      <div className="mt-6">
        <SignInForm next={next} />
      </div>
    </main>
  );
}
