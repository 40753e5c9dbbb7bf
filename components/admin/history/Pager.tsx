import Link from "next/link";

const style = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50";

/** Two cursor links; a missing href means there is nothing that way. */
export function Pager({
  newerHref,
  olderHref,
  newerLabel = "← Newer",
  olderLabel = "Older →",
}: {
  newerHref: string | null;
  olderHref: string | null;
  newerLabel?: string;
  olderLabel?: string;
}) {
  if (!newerHref && !olderHref) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex justify-between gap-2">
      {newerHref ? (
        <Link href={newerHref} className={style}>
          {newerLabel}
        </Link>
      ) : (
        <span />
      )}
      {olderHref && (
        <Link href={olderHref} className={style}>
          {olderLabel}
        </Link>
      )}
    </nav>
  );
}
