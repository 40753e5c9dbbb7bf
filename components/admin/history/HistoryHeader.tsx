import Link from "next/link";

const TABS = [
  { href: "/admin/events", label: "Global log" },
  { href: "/admin/events/streams", label: "Streams" },
];

/** Title, the two ways into the history, and page actions (export). */
export function HistoryHeader({ title, current, children }: { title: string; current?: string; children?: React.ReactNode }) {
  return (
    <header className="mb-4 flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        <nav aria-label="Event history" className="mb-1 flex gap-3 text-sm">
          {TABS.map((tab) => (
            <Link
              key={tab.href}
              href={tab.href}
              aria-current={tab.href === current ? "page" : undefined}
              className={tab.href === current ? "font-semibold text-slate-900" : "text-indigo-700 hover:underline"}
            >
              {tab.label}
            </Link>
          ))}
        </nav>
        <h1 className="break-all text-2xl font-bold tracking-tight">{title}</h1>
      </div>
      {children && <div className="flex flex-wrap gap-2">{children}</div>}
    </header>
  );
}

export function ExportLink({ href, label = "Export NDJSON" }: { href: string; label?: string }) {
  return (
    <a href={href} download className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">
      {label}
    </a>
  );
}
