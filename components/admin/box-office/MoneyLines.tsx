import type { BookingMoneyLine } from "@/lib/admin/box-office-views";
import { formatMoney } from "@/lib/format";
import { utcTime } from "../history/history-links";

/** Payment attempts or refunds, oldest first, each with its time, amount and what happened. */
export function MoneyLines({ lines, currency, empty, label }: { lines: BookingMoneyLine[]; currency: string; empty: string; label: string }) {
  if (lines.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ol aria-label={label} className="divide-y divide-slate-100 text-sm">
      {lines.map((line) => (
        <li key={line.position} data-event-type={line.type} className="py-2">
          <p className="flex flex-wrap justify-between gap-x-3">
            <span className="font-semibold">{line.type}</span>
            {line.amountCents !== null && <span className="tabular-nums">{formatMoney(line.amountCents, currency)}</span>}
          </p>
          <p className="text-slate-700">{line.detail}</p>
          <p className="font-mono text-xs text-slate-600">
            <time dateTime={line.occurredAt}>{utcTime(line.occurredAt)} UTC</time> · #{line.position}
          </p>
        </li>
      ))}
    </ol>
  );
}
