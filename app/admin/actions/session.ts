"use server";
// Staff sign-in and sign-out.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { beginStaffSession, endCurrentStaffSession } from "@/lib/staff/session";
import { checkStaffPassword, TOO_MANY_FAILURES, WRONG_PASSWORD } from "@/lib/staff/sign-in";
import { afterSignIn, SIGN_IN_PATH } from "@/lib/staff/return-path";
import type { ActionState } from "@/app/actions/state";
import { fieldErrorsOf, firstMessage } from "@/lib/http/inputs";

const signInInput = z.object({
  name: z.string().trim().min(1, "Enter your name").max(60),
  password: z.string().min(1, "Enter the staff password").max(200),
  next: z.string().max(2000).optional(),
});

export async function signInAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const input = signInInput.safeParse({ name: form.get("name"), password: form.get("password"), next: form.get("next") ?? undefined });
  if (!input.success) return { ok: false, message: firstMessage(input.error), fieldErrors: fieldErrorsOf(input.error) };
  const outcome = await checkStaffPassword(await headers(), input.data.password);
  if (!outcome.ok) {
    if (outcome.reason === "too-many-failures") return { ok: false, message: TOO_MANY_FAILURES };
    return { ok: false, message: WRONG_PASSWORD, fieldErrors: { password: [WRONG_PASSWORD] } };
  }
  await beginStaffSession(input.data.name);
  redirect(afterSignIn(input.data.next));
}

export async function signOutAction(): Promise<void> {
  await endCurrentStaffSession();
  redirect(SIGN_IN_PATH);
}
