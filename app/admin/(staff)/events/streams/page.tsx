import type { Metadata } from "next";
import Link from "next/link";
import { eventTypesByCategory } from "@/lib/domain/events";
import { firstValues, streamListSchema, type SearchParams } from "@/lib/admin/history-filters";
import { readStreamList } from "@/lib/admin/reads/history";
import { EmptyState } from "@/components/admin/history/EmptyState";
import { HistoryHeader } from "@/components/admin/history/HistoryHeader";
import { InputProblem } from "@/components/admin/history/InputProblem";
import { Pager } from "@/components/admin/history/Pager";
import { StreamList } from "@/components/admin/history/StreamList";

export const metadata: Metadata = { title: "Streams" };

const href = (category: string | undefined, page: number) => {
  const params = new URLSearchParams();
  if (category) params.set("category", category);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/admin/events/streams${query ? `?${query}` : ""}`;
};

export default async function StreamsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const parsed = streamListSchema.safeParse(firstValues(await searchParams));
  const category = parsed.success ? parsed.data.category : undefined;
  return (
    <div>
      <HistoryHeader title="Streams" current="/admin/events/streams" />
      <nav aria-label="Categories" className="mb-4 flex flex-wrap gap-2 text-sm">
        {[undefined, ...Object.keys(eventTypesByCategory)].map((c) => (
          <Link
            key={c ?? "all"}
            href={href(c, 1)}
            aria-current={c === category ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${c === category ? "border-slate-900 bg-slate-900 text-white" : "border-slate-300 bg-white hover:bg-slate-50"}`}
          >
            {c ?? "All"}
          </Link>
        ))}
      </nav>
      {parsed.success ? (
        <StreamPage category={category} page={parsed.data.page} />
      ) : (
        <InputProblem messages={[...new Set(parsed.error.issues.map((issue) => issue.message))]} resetHref="/admin/events/streams" />
      )}
    </div>
  );
}

async function StreamPage({ category, page }: { category: string | undefined; page: number }) {
  const { streams, hasMore } = await readStreamList(category, page);
  if (streams.length === 0)
    return <EmptyState title={page > 1 ? "No streams on this page" : "No streams yet"}>{category ? `No ${category} stream has any events.` : "Streams appear as soon as their first event is written."}</EmptyState>;
  return (
    <>
      <p className="mb-2 text-sm text-slate-600">Most recently changed first. Page {page}.</p>
      <StreamList streams={streams} />
      <Pager newerHref={page > 1 ? href(category, page - 1) : null} olderHref={hasMore ? href(category, page + 1) : null} />
    </>
  );
}
