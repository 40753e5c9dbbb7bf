"use client";
// There is no email yet: "resend" records that the desk gave the link again and shows it to pass on.
import { useActionState, useState } from "react";
import { resendLinkAction, type ResendState } from "@/app/admin/actions/box-office";

export function ResendLinkForm({ bookingId }: { bookingId: string }) {
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [state, formAction, pending] = useActionState<ResendState, FormData>(async (previous, form) => {
    const result = await resendLinkAction(previous, form);
    setKey(crypto.randomUUID());
    return result;
  }, null);
  const link = state?.ok && "manageUrl" in state ? state.manageUrl : null;
  const absolute = link && typeof window !== "undefined" ? new URL(link, window.location.origin).toString() : link;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="idempotencyKey" value={key} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <button type="submit" disabled={pending} className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-50 disabled:opacity-60">
        {pending ? "Recording…" : "Resend confirmation link"}
      </button>
      {state && (
        <div role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-emerald-800" : "text-red-700"}`}>
          <p>{state.message}</p>
          {absolute && (
            <>
              <label htmlFor="manage-link" className="sr-only">
                Manage link for the customer
              </label>
              <input id="manage-link" readOnly value={absolute} onFocus={(e) => e.target.select()} className="mt-1 w-full rounded border border-slate-400 bg-slate-50 px-2 py-1 font-mono text-xs text-slate-900" />
            </>
          )}
        </div>
      )}
    </form>
  );
}
