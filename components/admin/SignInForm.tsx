"use client";
import { signInAction } from "@/app/admin/actions/session";
import type { ActionState } from "@/app/actions/state";
import { FormField } from "../FormField";
import { useKeptFormState } from "../useKeptFormState";

/** `next`: the staff page to return to after signing in (the action checks it again). */
export function SignInForm({ next }: { next: string | null }) {
  // The name is kept after a refused sign-in; the password never is.
  const [state, action, pending, typed] = useKeptFormState<ActionState>(signInAction, null, ["name"]);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      <FormField label="Your name" name="name" required autoComplete="username" defaultValue={typed.name} errors={errors?.name} />
      <FormField label="Staff password" name="password" type="password" required autoComplete="current-password" errors={errors?.password} />
      {state && !state.ok && !errors && (
        <p className="rounded-md bg-red-50 p-2 text-sm text-red-800" role="alert">
          {state.message}
        </p>
      )}
      <button type="submit" disabled={pending} className="w-full rounded-lg bg-slate-900 px-4 py-2.5 font-semibold text-white hover:bg-slate-800 disabled:bg-slate-400">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
