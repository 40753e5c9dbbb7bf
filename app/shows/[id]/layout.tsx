import { notFound } from "next/navigation";
import { showIdSchema } from "@/lib/http/inputs";
import { publicShow } from "@/lib/customers/shows";

// Above the page's loading boundary: an unknown or draft show answers 404 before anything streams.
export default async function ShowLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const id = showIdSchema.safeParse((await params).id);
  if (!id.success || !(await publicShow(id.data))) notFound();
  return children;
}
