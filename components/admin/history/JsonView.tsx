import { collapseJson } from "./collapse-json";

/** Pretty JSON, with big arrays and objects cut to their first entries. Focusable, so the keyboard can scroll it. */
export function JsonView({ value, label }: { value: unknown; label: string }) {
  return (
    <pre role="group" tabIndex={0} aria-label={label} className="max-h-[28rem] overflow-auto rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 bg-slate-900 p-3 font-mono text-xs leading-relaxed text-slate-100">
      {JSON.stringify(collapseJson(value), null, 2)}
    </pre>
  );
}
