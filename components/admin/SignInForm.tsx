"use client";
import { useActionState } from "react";
import { signInAction } from "@/app/admin/actions/session";
import type { ActionState } from "@/app/actions/state";

/** `next`: the staff page to return to after signing in (the action checks it again). */
export function SignInForm({ next }: { next: string | null }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(signInAction, null);
  return (
    <form action={action} className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      {next && <input type="hidden" name="next" value={next} />}
      <div>
        <label htmlFor="name" className="block text-sm font-medium text-slate-700">
          Your name
        </label>
        <input id="name" name="name" required autoComplete="username" className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-700">
          Staff password
        </label>
        <input id="password" name="password" type="password" required autoComplete="current-password" className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
      </div>
      {state && !state.ok && (
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
