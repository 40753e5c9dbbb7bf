"use client";
// Checkout: the countdown, the customer's details and the (test) card, plus extend and release.
import Link from "next/link";
import { useActionState, useState } from "react";
import { extendHoldAction, payAction, releaseHoldAction } from "@/app/actions/booking";
import type { ActionState } from "@/app/actions/state";
import { HoldCountdown, useHoldRemaining } from "./HoldCountdown";

interface Props {
  bookingId: string;
  showId: string;
  expiresAt: string;
  serverNow: string;
  totalLabel: string;
}

function Field({ label, name, type = "text", autoComplete, errors, inputMode, placeholder }: {
  label: string;
  name: string;
  type?: string;
  autoComplete?: string;
  errors?: string[];
  inputMode?: "numeric" | "email" | "text";
  placeholder?: string;
}) {
  const id = `field-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        required
        autoComplete={autoComplete}
        inputMode={inputMode}
        placeholder={placeholder}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : undefined}
        className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
      />
      {errors && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors[0]}
        </p>
      )}
    </div>
  );
}

export function CheckoutForm({ bookingId, showId, expiresAt, serverNow, totalLabel }: Props) {
  const remainingMs = useHoldRemaining(expiresAt, serverNow);
  const [payKey, setPayKey] = useState(() => crypto.randomUUID());
  const [payState, pay, paying] = useActionState<ActionState, FormData>(async (previous, form) => {
    const result = await payAction(previous, form);
    // A refused payment gets a fresh key, so trying another card is a new attempt.
    if (result && !result.ok) setPayKey(crypto.randomUUID());
    return result;
  }, null);
  const [extendState, extend, extending] = useActionState<ActionState, FormData>(extendHoldAction, null);
  const [releaseState, release, releasing] = useActionState<ActionState, FormData>(releaseHoldAction, null);
  const [extendKey] = useState(() => crypto.randomUUID());
  const [releaseKey] = useState(() => crypto.randomUUID());

  if (remainingMs <= 0 && !paying) {
    return (
      <div className="rounded-xl border border-amber-300 bg-amber-50 p-5" role="alert">
        <h2 className="text-lg font-semibold text-amber-900">Your hold has expired</h2>
        <p className="mt-1 text-amber-900">The seats have gone back on sale. You can choose seats again.</p>
        <Link href={`/shows/${showId}`} className="mt-4 inline-block rounded-lg bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-700">
          Start again
        </Link>
      </div>
    );
  }

  const fieldErrors = payState && !payState.ok ? payState.fieldErrors : undefined;
  const busy = paying || extending || releasing;
  return (
    <div className="space-y-4">
      <HoldCountdown remainingMs={remainingMs} />
      <form action={pay} className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm" noValidate>
        <input type="hidden" name="bookingId" value={bookingId} />
        <input type="hidden" name="idempotencyKey" value={payKey} />
        <Field label="Full name" name="customerName" autoComplete="name" errors={fieldErrors?.customerName} />
        <Field label="Email" name="customerEmail" type="email" autoComplete="email" inputMode="email" errors={fieldErrors?.customerEmail} />
        <Field label="Card number" name="cardNumber" autoComplete="cc-number" inputMode="numeric" placeholder="4242 4242 4242 4242" errors={fieldErrors?.cardNumber} />
        <p className="text-xs text-slate-500">
          Test cards: 4242 4242 4242 4242 succeeds · 4000 0000 0000 0002 is declined · 4000 0000 0000 0119 fails slowly.
        </p>
        {payState && !payState.ok && !fieldErrors && (
          <p className="rounded-md bg-red-50 p-2 text-sm text-red-800" role="alert">
            {payState.message}
          </p>
        )}
        <button type="submit" disabled={busy} className="w-full rounded-lg bg-indigo-600 px-4 py-2.5 font-semibold text-white hover:bg-indigo-700 disabled:bg-slate-300">
          {paying ? "Processing payment…" : `Pay ${totalLabel}`}
        </button>
      </form>
      <div className="flex flex-wrap gap-2">
        <form action={extend}>
          <input type="hidden" name="bookingId" value={bookingId} />
          <input type="hidden" name="idempotencyKey" value={extendKey} />
          <button type="submit" disabled={busy} className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-50">
            {extending ? "Extending…" : "Need more time?"}
          </button>
        </form>
        <form action={release}>
          <input type="hidden" name="bookingId" value={bookingId} />
          <input type="hidden" name="showId" value={showId} />
          <input type="hidden" name="idempotencyKey" value={releaseKey} />
          <button type="submit" disabled={busy} className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-50">
            {releasing ? "Releasing…" : "Release my seats"}
          </button>
        </form>
      </div>
      {extendState && (
        <p className={`text-sm ${extendState.ok ? "text-emerald-800" : "text-red-800"}`} role="status">
          {extendState.ok ? extendState.message : extendState.message}
        </p>
      )}
      {releaseState && !releaseState.ok && (
        <p className="text-sm text-red-800" role="alert">
          {releaseState.message}
        </p>
      )}
    </div>
  );
}
