import { requireStaff } from "@/lib/staff/session";
import { AdminNav } from "@/components/admin/AdminNav";

// Every page under here is for signed-in staff only: without a session it redirects to the sign-in page.
export const dynamic = "force-dynamic";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const staff = await requireStaff();
  return (
    <>
      <AdminNav staffName={staff.name} />
      {/* The one main landmark of every staff page (pages themselves do not add another). */}
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
