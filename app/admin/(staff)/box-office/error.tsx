"use client";
import { HistoryError } from "@/components/admin/history/HistoryError";

export default function BoxOfficeError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <HistoryError {...props} what="the box office" />;
}
