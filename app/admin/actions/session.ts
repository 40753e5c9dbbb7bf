"use server";
// Staff sign-in and sign-out.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { beginStaffSession, endCurrentStaffSession } from "@/lib/staff/session";
import { checkStaffPassword, TOO_MANY_FAILURES, WRONG_PASSWORD } from "@/lib/staff/sign-in";
import { afterSignIn, SIGN_IN_PATH } from "@/lib/staff/return-path";
import type { ActionState } from "@/app/actions/state";

const signInInput = z.object({
  name: z.string().trim().min(1, "Enter your name").max(60),
  password: z.string().min(1, "Enter the staff password").max(200),
  next: z.string().max(2000).optional(),
});

export async function signInAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const input = signInInput.safeParse({ name: form.get("name"), password: form.get("password"), next: form.get("next") ?? undefined });
  if (!input.success) return { ok: false, message: input.error.issues[0]?.message ?? "Invalid input" };
  const outcome = await checkStaffPassword(await headers(), input.data.password);
  if (!outcome.ok) return { ok: false, message: outcome.reason === "too-many-failures" ? TOO_MANY_FAILURES : WRONG_PASSWORD };
  await beginStaffSession(input.data.name);
  redirect(afterSignIn(input.data.next));
}

export async function signOutAction(): Promise<void> {
  await endCurrentStaffSession();
  redirect(SIGN_IN_PATH);
}
