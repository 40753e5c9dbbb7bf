"use server";
// Staff sign-in and sign-out.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffSession } from "@/lib/staff/session";
import { delayFor, passwordMatches, recordFailure, recordSuccess } from "@/lib/staff/sign-in";
import type { ActionState } from "@/app/actions/state";

const signInInput = z.object({
  name: z.string().trim().min(1, "Enter your name").max(60),
  password: z.string().min(1, "Enter the staff password").max(200),
});

export async function signInAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const input = signInInput.safeParse({ name: form.get("name"), password: form.get("password") });
  if (!input.success) return { ok: false, message: input.error.issues[0]?.message ?? "Invalid input" };
  const client = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
  // Each failure doubles the wait before the next answer, so guessing is slow.
  const wait = delayFor(client);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  if (!(await passwordMatches(input.data.password))) {
    recordFailure(client);
    return { ok: false, message: "That password is not right" };
  }
  recordSuccess(client);
  const session = await staffSession();
  session.staff = { name: input.data.name, signedInAt: new Date().toISOString() };
  await session.save();
  redirect("/admin");
}

export async function signOutAction(): Promise<void> {
  const session = await staffSession();
  session.destroy();
  redirect("/admin/login");
}
