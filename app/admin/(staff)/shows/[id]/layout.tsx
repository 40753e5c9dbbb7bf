import { notFound } from "next/navigation";
import { showIdSchema } from "@/lib/http/inputs";
import { readShowTitle } from "@/lib/admin/reads/shows";

// An unknown show answers 404: checked here, above the page's loading boundary, because once that
// boundary has started streaming the status is already 200 and notFound() can only change the content.
export default async function ManagedShowLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const id = showIdSchema.safeParse((await params).id);
  if (!id.success || !(await readShowTitle(id.data))) notFound();
  return children;
}
