// What a staff read answers an API route, and how the route turns that into HTTP: refusals are values
// (no session: 401 with code UNAUTHORIZED), so the route only maps them.
import "server-only";
import { NextResponse } from "next/server";
import { conflict, notFound } from "../../http/problem";

export type StaffAnswer<T> =
  | { ok: true; value: T }
  | { ok: false; problem: "unauthorized" }
  | { ok: false; problem: "not-found" | "conflict"; message: string };

export const UNAUTHORIZED = { ok: false, problem: "unauthorized" } as const;

export const answer = <T>(value: T): StaffAnswer<T> => ({ ok: true, value });
export const notFoundAnswer = (message: string) => ({ ok: false, problem: "not-found", message }) as const;
export const conflictAnswer = (message: string) => ({ ok: false, problem: "conflict", message }) as const;

/** A refusal as JSON: 401 UNAUTHORIZED, or the usual 404 and 409 (lib/http/problem.ts). */
export function refusalResponse(refusal: Exclude<StaffAnswer<unknown>, { ok: true }>): NextResponse {
  if (refusal.problem === "unauthorized") return NextResponse.json({ error: "Staff sign-in required", code: "UNAUTHORIZED" }, { status: 401 });
  return refusal.problem === "not-found" ? notFound(refusal.message) : conflict(refusal.message);
}

/** The answer as JSON: its value with `init` (status, headers), or the refusal. */
export function jsonResponse<T>(result: StaffAnswer<T>, init?: ResponseInit): NextResponse {
  return result.ok ? NextResponse.json(result.value, init) : refusalResponse(result);
}
