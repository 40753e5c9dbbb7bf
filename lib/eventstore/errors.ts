// Failures of the store that callers handle. Matched on `code` (module copies differ under Next.js).

export class ConcurrencyError extends Error {
  readonly code = "CONCURRENCY" as const;
  constructor(
    readonly streamId: string,
    readonly expected: number | string,
    readonly actual: number | null,
  ) {
    super(`Stream ${streamId} is at version ${actual ?? "unknown"}, expected ${expected}: someone else wrote it first`);
    this.name = "ConcurrencyError";
  }
}

export function isConcurrencyError(error: unknown): error is ConcurrencyError {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "CONCURRENCY";
}

export class InvalidAppendError extends Error {
  readonly code = "INVALID_APPEND" as const;
}
