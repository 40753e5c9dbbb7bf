import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { staffSession } from "@/lib/staff/session";
import { SignInForm } from "@/components/admin/SignInForm";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Staff sign-in" };

export default async function StaffLoginPage() {
  if ((await staffSession()).staff) redirect("/admin");
  return (
    <main className="mx-auto max-w-sm px-4 py-12">
      <h1 className="text-2xl font-bold tracking-tight">Staff sign-in</h1>
      <p className="mt-1 text-slate-600">The box office, dashboard and event history are for staff only.</p>
      <div className="mt-6">
        <SignInForm />
      </div>
    </main>
  );
}
