import type { VerificationDifference, VerificationReport } from "@/lib/admin/projection-views";

const KIND_LABEL: Record<VerificationDifference["kind"], string> = {
  missing: "Missing from the table",
  extra: "Extra in the table",
  different: "Different",
};

/** Column values as staff read them: dates as ISO text, null spelled out. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

function DifferenceItem({ difference }: { difference: VerificationDifference }) {
  return (
    <li className="rounded border border-amber-200 bg-amber-50 p-2">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-mono text-xs break-all">{difference.key}</span>
        <span className="text-xs font-semibold text-amber-900">{KIND_LABEL[difference.kind]}</span>
      </div>
      {difference.fields && (
        <div className="mt-1 overflow-x-auto">
          <table className="w-full text-left text-xs">
            <thead>
              <tr className="text-slate-600">
                <th scope="col" className="pr-3 font-medium">Field</th>
                <th scope="col" className="pr-3 font-medium">From the log</th>
                <th scope="col" className="font-medium">In the table</th>
              </tr>
            </thead>
            <tbody>
              {difference.fields.map((f) => (
                <tr key={f.field}>
                  <th scope="row" className="pr-3 font-mono font-normal">{f.field}</th>
                  <td className="pr-3 font-mono text-emerald-800">{shown(f.expected)}</td>
                  <td className="font-mono text-red-800">{shown(f.actual)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {difference.row && <pre className="mt-1 overflow-x-auto text-xs text-slate-700">{JSON.stringify(difference.row)}</pre>}
    </li>
  );
}

/** The outcome of verifying a projection against a replay of the log. */
export function VerifyReportView({ report }: { report: VerificationReport }) {
  const total = report.missing + report.extra + report.different;
  const when = new Date(report.checkedAt).toLocaleTimeString("en-GB");
  if (total === 0) {
    return (
      <p role="status" className="mt-3 rounded border border-emerald-200 bg-emerald-50 p-2 text-sm text-emerald-900">
        Verified at {when}: no differences. All {report.rowsLive.toLocaleString("en")} rows match the log up to position{" "}
        {report.position.toLocaleString("en")}.
      </p>
    );
  }
  return (
    <div role="status" className="mt-3 text-sm">
      <p className="rounded border border-amber-300 bg-amber-50 p-2 text-amber-950">
        Verified at {when}: {total} {total === 1 ? "difference" : "differences"} up to position {report.position.toLocaleString("en")} —{" "}
        {report.missing} missing, {report.extra} extra, {report.different} different. A rebuild brings the table back in line with the log.
      </p>
      <ul className="mt-2 space-y-2" aria-label={`Differences in ${report.name}`}>
        {report.differences.map((d) => (
          <DifferenceItem key={`${d.kind}:${d.key}`} difference={d} />
        ))}
      </ul>
      {report.truncated && <p className="mt-1 text-xs text-slate-600">Only the first {report.differences.length} are listed.</p>}
    </div>
  );
}
