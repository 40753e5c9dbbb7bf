"use client";
// A staff form around one server action: an idempotency key per attempt, a busy button, and the action's
// answer (a domain refusal's reason as it is, or the success message) right under the fields.
import { startTransition, useActionState, useState } from "react";
import type { ActionState } from "@/app/actions/state";

interface Props {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  submitLabel: string;
  pendingLabel?: string;
  /** Hidden fields, e.g. the show id. */
  hidden?: Record<string, string>;
  tone?: "primary" | "danger" | "plain";
  className?: string;
  children?: React.ReactNode;
  /** Called after a successful action (e.g. to clear a selection). */
  onDone?: () => void;
}

const TONES = {
  primary: "bg-indigo-600 text-white hover:bg-indigo-700",
  danger: "bg-red-600 text-white hover:bg-red-700",
  plain: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
};

export function ActionForm({ action, submitLabel, pendingLabel, hidden = {}, tone = "primary", className = "", children, onDone }: Props) {
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [state, formAction, pending] = useActionState<ActionState, FormData>(async (previous, form) => {
    const result = await action(previous, form);
    // Each attempt is its own command; only a double submit of one attempt shares a key.
    setKey(crypto.randomUUID());
    if (result?.ok) onDone?.();
    return result;
  }, null);
  return (
    // Dispatched by hand: a form `action` resets the fields after every submit, losing what was chosen when the
    // action refuses. Without JavaScript the form still posts to the action.
    <form
      action={formAction}
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      <input type="hidden" name="idempotencyKey" value={key} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className={`rounded-md px-3 py-1.5 text-sm font-semibold shadow-xs disabled:cursor-progress disabled:opacity-60 ${TONES[tone]}`}
        >
          {pending ? (pendingLabel ?? "Working…") : submitLabel}
        </button>
        {state && (
          <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-emerald-700" : "text-red-700"}`}>
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
