const LOOKS: Record<string, string> = {
  draft: "bg-slate-100 text-slate-700 ring-slate-300",
  published: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  cancelled: "bg-red-50 text-red-800 ring-red-300",
};

const WORDS: Record<string, string> = { draft: "Draft", published: "On sale", cancelled: "Cancelled" };

export function ShowStatusBadge({ status }: { status: string }) {
  return (
    <span data-status={status} className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${LOOKS[status] ?? LOOKS.draft}`}>
      {WORDS[status] ?? status}
    </span>
  );
}
