"use client";
import { findBookingAction } from "@/app/actions/booking";
import type { ActionState } from "@/app/actions/state";
import { FormField } from "./FormField";
import { useKeptFormState } from "./useKeptFormState";

const NOT_FOUND_ID = "lookup-not-found";

export function BookingLookupForm() {
  const [state, action, pending, typed] = useKeptFormState<ActionState>(findBookingAction, null, ["reference", "email"]);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // No match is about both fields together: one message, below them, describing each.
  const notFound = state && !state.ok && !errors ? state.message : null;
  return (
    <form action={action} className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm" noValidate>
      <FormField
        label="Booking reference"
        name="reference"
        required
        placeholder="7F3K-Q2MX"
        autoCapitalize="characters"
        className="font-mono uppercase"
        defaultValue={typed.reference}
        errors={errors?.reference}
        describedBy={notFound ? NOT_FOUND_ID : undefined}
      />
      <FormField
        label="Email address used for the booking"
        name="email"
        type="email"
        required
        autoComplete="email"
        defaultValue={typed.email}
        errors={errors?.email}
        describedBy={notFound ? NOT_FOUND_ID : undefined}
      />
      {notFound && (
        <p id={NOT_FOUND_ID} className="rounded-md bg-red-50 p-2 text-sm text-red-800" role="alert">
          {notFound}
        </p>
      )}
      <button type="submit" disabled={pending} className="w-full rounded-lg bg-indigo-600 px-4 py-2.5 font-semibold text-white hover:bg-indigo-700 disabled:bg-slate-300">
        {pending ? "Looking…" : "Find my booking"}
      </button>
    </form>
  );
}
