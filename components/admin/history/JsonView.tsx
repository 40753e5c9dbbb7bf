import { collapseJson } from "./collapse-json";

/** Pretty JSON, with big arrays and objects cut to their first entries. */
export function JsonView({ value, label }: { value: unknown; label: string }) {
  return (
    <pre aria-label={label} className="max-h-[28rem] overflow-auto rounded-md bg-slate-900 p-3 font-mono text-xs leading-relaxed text-slate-100">
      {JSON.stringify(collapseJson(value), null, 2)}
    </pre>
  );
}
