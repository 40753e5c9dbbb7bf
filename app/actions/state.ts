// The small result union every form action returns to its useActionState hook.
import type { FieldErrors } from "@/lib/http/inputs";

export type ActionState =
  | null
  | {
      ok: true;
      message?: string;
      /** A cancellation: which seats went and what is refunded for them. */
      cancelled?: { seatIds: string[]; refundDueCents: number };
    }
  | { ok: false; message: string; code?: string; fieldErrors?: FieldErrors; seatIds?: string[] };
