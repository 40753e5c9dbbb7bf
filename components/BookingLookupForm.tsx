"use client";
import { useActionState } from "react";
import { findBookingAction } from "@/app/actions/booking";
import type { ActionState } from "@/app/actions/state";

export function BookingLookupForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(findBookingAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm" noValidate>
      <div>
        <label htmlFor="reference" className="block text-sm font-medium text-slate-700">
          Booking reference
        </label>
        <input id="reference" name="reference" required placeholder="7F3K-Q2MX" autoCapitalize="characters" className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 font-mono uppercase" aria-invalid={errors?.reference ? true : undefined} />
        {errors?.reference && <p className="mt-1 text-sm text-red-700">{errors.reference[0]}</p>}
      </div>
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-slate-700">
          Email address used for the booking
        </label>
        <input id="email" name="email" type="email" required autoComplete="email" className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" aria-invalid={errors?.email ? true : undefined} />
        {errors?.email && <p className="mt-1 text-sm text-red-700">{errors.email[0]}</p>}
      </div>
      {state && !state.ok && !errors && (
        <p className="rounded-md bg-red-50 p-2 text-sm text-red-800" role="alert">
          {state.message}
        </p>
      )}
      <button type="submit" disabled={pending} className="w-full rounded-lg bg-indigo-600 px-4 py-2.5 font-semibold text-white hover:bg-indigo-700 disabled:bg-slate-300">
        {pending ? "Looking…" : "Find my booking"}
      </button>
    </form>
  );
}
