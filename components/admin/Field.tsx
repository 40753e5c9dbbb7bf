// A labelled input for staff forms.
import type { InputHTMLAttributes } from "react";

export function Field({ label, hint, className = "", ...input }: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string }) {
  return (
    <label className={`flex flex-col gap-1 text-sm ${className}`}>
      <span className="font-medium text-slate-700">{label}</span>
      <input {...input} className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-slate-900 shadow-xs" />
      {hint && <span className="text-xs text-slate-500">{hint}</span>}
    </label>
  );
}
