import { HistoryLoading } from "@/components/admin/history/HistoryLoading";

export default function Loading() {
  return <HistoryLoading label="Loading events…" />;
}
