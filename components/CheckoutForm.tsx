"use client";
// Checkout: the countdown, the customer's details and the (test) card, plus extend and release.
// A declined or timed-out card keeps the hold: the form stays, with what was typed, for another try.
import Link from "next/link";
import { useActionState, useState } from "react";
import { extendHoldAction, payAction, releaseHoldAction } from "@/app/actions/booking";
import type { ActionState } from "@/app/actions/state";
import { FormField } from "./FormField";
import { HoldCountdown, useHoldRemaining } from "./HoldCountdown";
import { useKeptFormState } from "./useKeptFormState";

export interface LastPaymentAttempt {
  failure: "declined" | "timed_out";
  attempts: number;
}

interface Props {
  bookingId: string;
  showId: string;
  expiresAt: string;
  serverNow: string;
  totalLabel: string;
  /** The hold has used its one extension. */
  extended: boolean;
  /** How the last card attempt failed, when it did (shown after a reload too). */
  lastAttempt: LastPaymentAttempt | null;
}

const PAYMENT_FIELDS = ["customerName", "customerEmail", "cardNumber"] as const;

const lastAttemptWords = ({ failure, attempts }: LastPaymentAttempt) =>
  `Your last payment attempt${attempts > 1 ? ` (${attempts} so far)` : ""} ${failure === "timed_out" ? "timed out" : "was declined"}. Your seats are still held: try again or use another card.`;

export function CheckoutForm({ bookingId, showId, expiresAt, serverNow, totalLabel, extended, lastAttempt }: Props) {
  const remainingMs = useHoldRemaining(expiresAt, serverNow);
  const [payKey, setPayKey] = useState(() => crypto.randomUUID());
  const [payState, pay, paying, typed] = useKeptFormState<ActionState>(
    async (previous, form) => {
      const result = await payAction(previous, form);
      // A refused payment gets a fresh key, so trying again (or another card) is a new attempt.
      if (result && !result.ok) setPayKey(crypto.randomUUID());
      return result;
    },
    null,
    PAYMENT_FIELDS,
  );
  const [extendState, extend, extending] = useActionState<ActionState, FormData>(extendHoldAction, null);
  const [releaseState, release, releasing] = useActionState<ActionState, FormData>(releaseHoldAction, null);
  const [extendKey] = useState(() => crypto.randomUUID());
  const [releaseKey] = useState(() => crypto.randomUUID());
  const [confirmingRelease, setConfirmingRelease] = useState(false);

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
  const canExtend = !extended && !extendState?.ok;
  return (
    <div className="space-y-4">
      <HoldCountdown remainingMs={remainingMs} />
      <form action={pay} className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm" noValidate>
        <input type="hidden" name="bookingId" value={bookingId} />
        <input type="hidden" name="idempotencyKey" value={payKey} />
        {payState === null && lastAttempt && (
          <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900" role="status">
            {lastAttemptWords(lastAttempt)}
          </p>
        )}
        <FormField label="Full name" name="customerName" required autoComplete="name" defaultValue={typed.customerName} errors={fieldErrors?.customerName} />
        <FormField
          label="Email"
          name="customerEmail"
          type="email"
          required
          autoComplete="email"
          inputMode="email"
          defaultValue={typed.customerEmail}
          errors={fieldErrors?.customerEmail}
        />
        <FormField
          label="Card number"
          name="cardNumber"
          required
          autoComplete="cc-number"
          inputMode="numeric"
          placeholder="4242 4242 4242 4242"
          defaultValue={typed.cardNumber}
          errors={fieldErrors?.cardNumber}
        />
        <p className="text-xs text-slate-500">
          Test cards: 4242 4242 4242 4242 succeeds · 4000 0000 0000 0002 is declined · 4000 0000 0000 0119 times out.
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
      {confirmingRelease ? (
        <form action={release} className="space-y-3 rounded-xl border border-red-200 bg-red-50 p-4">
          <input type="hidden" name="bookingId" value={bookingId} />
          <input type="hidden" name="showId" value={showId} />
          <input type="hidden" name="idempotencyKey" value={releaseKey} />
          <p className="text-sm font-medium text-red-900" id="release-question">
            Release these seats? They go back on sale at once, and someone else may take them.
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={busy} aria-describedby="release-question" className="rounded-lg bg-red-600 px-3 py-2 text-sm font-semibold text-white hover:bg-red-700 disabled:bg-slate-300">
              {releasing ? "Releasing…" : "Yes, release them"}
            </button>
            <button type="button" disabled={releasing} onClick={() => setConfirmingRelease(false)} className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50">
              Keep my seats
            </button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          {canExtend && (
            <form action={extend}>
              <input type="hidden" name="bookingId" value={bookingId} />
              <input type="hidden" name="idempotencyKey" value={extendKey} />
              <button type="submit" disabled={busy} className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-50">
                {extending ? "Extending…" : "Need more time?"}
              </button>
            </form>
          )}
          <button
            type="button"
            disabled={busy}
            onClick={() => setConfirmingRelease(true)}
            className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-50"
          >
            Release my seats
          </button>
        </div>
      )}
      {extendState && (
        <p className={`text-sm ${extendState.ok ? "text-emerald-800" : "text-red-800"}`} role="status">
          {extendState.message}
        </p>
      )}
      {!extendState && extended && <p className="text-sm text-slate-600">This hold has had its one extension.</p>}
      {releaseState && !releaseState.ok && (
        <p className="text-sm text-red-800" role="alert">
          {releaseState.message}
        </p>
      )}
    </div>
  );
}
