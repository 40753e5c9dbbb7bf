// A titled box on a staff page.
export function Panel({ title, children, tone = "plain" }: { title: string; children: React.ReactNode; tone?: "plain" | "danger" }) {
  return (
    <section className={`rounded-xl border p-4 shadow-sm ${tone === "danger" ? "border-red-200 bg-red-50/40" : "border-slate-200 bg-white"}`}>
      <h2 className="mb-3 font-semibold">{title}</h2>
      {children}
    </section>
  );
}
