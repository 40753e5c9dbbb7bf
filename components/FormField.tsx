// A labelled input with its error right beneath it, tied to it for screen readers, starting from what the
// customer typed last (a refused form keeps its values: see useKeptFormState).
import type { InputHTMLAttributes } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  label: string;
  name: string;
  /** The first is shown; none: the field is fine. */
  errors?: string[];
  /** Ids of other messages that also describe this field (a form-level refusal). */
  describedBy?: string;
};

export function FormField({ label, name, errors, describedBy, className = "", ...input }: Props) {
  const id = `field-${name}`;
  const errorId = `${id}-error`;
  const describers = [errors?.length ? errorId : null, describedBy].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describers || undefined}
        className={`mt-1 w-full rounded-md border px-3 py-2 focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200 ${errors?.length ? "border-red-500" : "border-slate-300"} ${className}`}
        {...input}
      />
      {errors?.length ? (
        // An alert, so a refusal from the server is heard as well as seen.
        <p id={errorId} role="alert" className="mt-1 text-sm text-red-700">
          {errors[0]}
        </p>
      ) : null}
    </div>
  );
}
